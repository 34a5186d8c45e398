package com.wallet.inbox.bench.load;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The messageId of every requestId accepted so far, over all phases of a run: whatever the intake accepted,
 * warm-up included, must end up stored exactly once.
 */
final class AcceptedCalls {

    private final Map<String, String> messageIds = new ConcurrentHashMap<>();
    private final LongAdder messageIdMismatches = new LongAdder();

    void accepted(String requestId, String messageId) {
        String first = messageIds.putIfAbsent(requestId, messageId);
        if (first != null && !first.equals(messageId)) {
            messageIdMismatches.increment();
        }
    }

    Set<String> requestIds() {
        return Set.copyOf(messageIds.keySet());
    }

    int distinct() {
        return messageIds.size();
    }

    long messageIdMismatches() {
        return messageIdMismatches.sum();
    }
}
