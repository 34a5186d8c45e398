package com.wallet.inbox.bench.load;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Nothing lost, nothing twice: the stored messages of a run against the requestIds it got accepted.
 *
 * @param unacknowledged stored messages whose call was not answered A (e.g. a timeout after the publish)
 */
record DeliveryCheck(long acceptedDistinct, long stored, long storedDistinct, long missing, long unacknowledged) {

    static DeliveryCheck of(Set<String> acceptedRequestIds, Collection<String> storedRequestIds) {
        Set<String> storedDistinct = new HashSet<>(storedRequestIds);
        long missing = acceptedRequestIds.stream()
                .filter(id -> !storedDistinct.contains(id))
                .count();
        long unacknowledged = storedDistinct.stream()
                .filter(id -> !acceptedRequestIds.contains(id))
                .count();
        return new DeliveryCheck(
                acceptedRequestIds.size(), storedRequestIds.size(), storedDistinct.size(), missing, unacknowledged);
    }

    long duplicates() {
        return stored - storedDistinct;
    }

    boolean ok() {
        return stored == acceptedDistinct && duplicates() == 0 && missing == 0;
    }
}
