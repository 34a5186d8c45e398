package com.wallet.inbox.worker.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the delivery listener consumes: consumer threads per worker, records per batch (one MongoDB insert
 * each), how often the offsets of stored batches are committed, the back-off between retries of a batch
 * that failed for a transient reason, and how long a stopping worker waits for the batch in hand to be
 * stored and committed.
 */
@ConfigurationProperties("inbox.delivery")
record DeliverySettings(
        int concurrency,
        int maxPollRecords,
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
        if (initialBackOff.isNegative() || initialBackOff.isZero() || maxBackOff.compareTo(initialBackOff) < 0) {
            throw new IllegalArgumentException("inbox.delivery back-off must be positive, max >= initial");
        }
        if (shutdownTimeout.isNegative() || shutdownTimeout.isZero()) {
            throw new IllegalArgumentException("inbox.delivery.shutdown-timeout must be positive");
        }
    }
}
