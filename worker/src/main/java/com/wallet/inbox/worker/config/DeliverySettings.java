package com.wallet.inbox.worker.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the delivery listener consumes: consumer threads per worker, records per batch (one MongoDB insert
 * each), how much a fetch waits to gather before the broker answers it, how often the offsets of stored
 * batches are committed, the back-off between retries of a batch that failed for a transient reason, and
 * how long a stopping worker waits for the batch in hand to be stored and committed.
 */
@ConfigurationProperties("inbox.delivery")
record DeliverySettings(
        int concurrency,
        int maxPollRecords,
        DataSize fetchMinSize,
        Duration fetchMaxWait,
        Duration commitInterval,
        Duration initialBackOff,
        Duration maxBackOff,
        Duration shutdownTimeout) {

    DeliverySettings {
        if (concurrency < 1 || maxPollRecords < 1) {
            throw new IllegalArgumentException("inbox.delivery.concurrency and max-poll-records must be positive");
        }
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("inbox.delivery.commit-interval must be positive");
        }
        if (fetchMinSize.isNegative() || fetchMinSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("inbox.delivery.fetch-min-size must be between 0 and 2 GB");
        }
        // The broker answers a fetch after this wait at the latest: the most a message of a quiet topic
        // waits before it is stored. Shorter than the poll timeout (the commit interval), so that a poll
        // is not routinely outlasted by its own fetch.
        if (fetchMaxWait.isNegative() || fetchMaxWait.compareTo(commitInterval) >= 0) {
            throw new IllegalArgumentException(
                    "inbox.delivery.fetch-max-wait must not be negative and must be shorter than the commit-interval");
        }
        if (initialBackOff.isNegative() || initialBackOff.isZero() || maxBackOff.compareTo(initialBackOff) < 0) {
            throw new IllegalArgumentException("inbox.delivery back-off must be positive, max >= initial");
        }
        if (shutdownTimeout.isNegative() || shutdownTimeout.isZero()) {
            throw new IllegalArgumentException("inbox.delivery.shutdown-timeout must be positive");
        }
    }
}
