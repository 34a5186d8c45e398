package com.wallet.inbox.bench.support;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Polls a count of stored documents until it reaches what a run expects, stops growing for a while, or
 * the run's bound has passed; whichever comes first. What is missing is then the report's business.
 */
public final class StoredCount {

    private static final Duration STALL = Duration.ofSeconds(30);

    private StoredCount() {}

    /** Returns the last count read. */
    public static long await(LongSupplier count, long expected, long deadlineNanos, Duration poll)
            throws InterruptedException {
        long stored = count.getAsLong();
        long lastProgress = System.nanoTime();
        while (stored < expected
                && System.nanoTime() < deadlineNanos
                && System.nanoTime() - lastProgress < STALL.toNanos()) {
            Thread.sleep(poll.toMillis());
            long now = count.getAsLong();
            if (now > stored) {
                lastProgress = System.nanoTime();
            }
            stored = now;
        }
        return stored;
    }
}
