package com.wallet.inbox.bench.drain;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits for the worker to store a backlog without loading the store while it does. The run's own messages
 * can only be counted with a filter, and the in-memory store answers that with a scan of the whole collection
 * (a third of its CPU when polled every 250 ms); the collection's total count is free. So the total, minus
 * what it held before publishing, is polled, and the exact filtered count is only taken when that total says
 * the backlog is in, or has stopped growing (somebody else may have deleted or added documents meanwhile),
 * and then at most once per {@code exactEvery}.
 */
final class BacklogWait {

    /** The worker pauses between polls and batches; longer than this without growth, the total is checked. */
    static final Duration QUIET = Duration.ofSeconds(1);

    /** No progress in the exact count for this long: the rest is not coming. */
    static final Duration STALL = Duration.ofSeconds(30);

    private final LongSupplier total;
    private final LongSupplier exact;
    private final Duration poll;
    private final Duration exactEvery;

    /**
     * @param total the collection's document count, cheap but counting everybody's documents
     * @param exact the run's own documents, exact but a scan
     */
    BacklogWait(LongSupplier total, LongSupplier exact, Duration poll, Duration exactEvery) {
        this.total = total;
        this.exact = exact;
        this.poll = poll;
        this.exactEvery = exactEvery;
    }

    /** The total count before publishing: read it before the first event goes out. */
    long baseline() {
        return total.getAsLong();
    }

    /** Returns the exact count of the run's documents when they are all in, progress stalled, or the deadline passed. */
    long await(long baseline, long expected, long deadlineNanos) throws InterruptedException {
        long lastTotal = Long.MIN_VALUE;
        long totalGrewAt = System.nanoTime();
        long lastExact = -1;
        long exactGrewAt = System.nanoTime();
        long nextExact = System.nanoTime();
        while (System.nanoTime() < deadlineNanos) {
            long now = System.nanoTime();
            long added = total.getAsLong() - baseline;
            if (added > lastTotal) {
                lastTotal = added;
                totalGrewAt = now;
            }
            boolean looksDone = added >= expected || now - totalGrewAt >= QUIET.toNanos();
            if (looksDone && now - nextExact >= 0) {
                nextExact = now + exactEvery.toNanos();
                long stored = exact.getAsLong();
                if (stored >= expected) {
                    return stored;
                }
                if (stored > lastExact) {
                    lastExact = stored;
                    exactGrewAt = now;
                } else if (now - exactGrewAt >= STALL.toNanos()) {
                    return stored;
                }
            }
            Thread.sleep(poll.toMillis());
        }
        return exact.getAsLong();
    }
}
