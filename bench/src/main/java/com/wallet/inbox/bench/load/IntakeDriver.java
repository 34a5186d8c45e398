package com.wallet.inbox.bench.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the calls with at most {@code concurrency} in flight, either as fast as answers come back or
 * paced at a fixed rate. At a fixed rate, latency counts from when a call was due, not from when it
 * went out, so a stalled server cannot hide its stall (coordinated omission).
 *
 * <p>A run may start with a warm-up: the same calls, pace and limit for a while, recorded apart, so the
 * measured phase does not time this process's own cold start (class loading, connecting, its JIT) as the
 * server's latency. Each phase is paced from its own start and ends once all its calls are answered.
 */
final class IntakeDriver {

    private final IntakeClient client;
    private final LoadPlan plan;

    IntakeDriver(IntakeClient client, LoadPlan plan) {
        this.client = client;
        this.plan = plan;
    }

    /** Sends calls for the plan's warm-up time (none when it is zero) and waits for their answers. */
    void warmUp(RequestSource source, IntakeStats stats) throws InterruptedException {
        if (plan.warmsUp()) {
            drive(source, stats, Long.MAX_VALUE, plan.warmUp().toNanos());
        }
    }

    /** Sends the plan's measured calls; returns the start of this phase in {@link System#nanoTime()} terms. */
    long run(RequestSource source, IntakeStats stats) throws InterruptedException {
        return drive(source, stats, plan.count(), plan.maxDuration().toNanos());
    }

    private long drive(RequestSource source, IntakeStats stats, long count, long maxNanos) throws InterruptedException {
        Semaphore inFlight = new Semaphore(plan.concurrency());
        long start = System.nanoTime();
        long deadline = start + maxNanos;
        for (long i = 0; i < count; i++) {
            long due = start + plan.intendedOffsetNanos(i);
            if (due > deadline || !awaitSlot(inFlight, due, deadline)) {
                break;
            }
            send(source.next(), plan.fullSpeed() ? System.nanoTime() : due, inFlight, stats);
        }
        long drainMillis = plan.requestTimeout().toMillis() + 5_000;
        if (!inFlight.tryAcquire(plan.concurrency(), drainMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("calls still in flight after " + drainMillis + " ms");
        }
        return start;
    }

    private static boolean awaitSlot(Semaphore inFlight, long due, long deadline) throws InterruptedException {
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        long left = deadline - System.nanoTime();
        return left > 0 && inFlight.tryAcquire(left, TimeUnit.NANOSECONDS);
    }

    private void send(Outgoing call, long startNanos, Semaphore inFlight, IntakeStats stats) {
        client.post(call.body(), new IntakeClient.Answer() {
            @Override
            public void received(int httpStatus, byte[] body) {
                try {
                    stats.recordResponse(call, startNanos, httpStatus, body);
                } finally {
                    inFlight.release();
                }
            }

            @Override
            public void failed(Throwable failure) {
                try {
                    stats.recordFailure(call, startNanos, failure);
                } finally {
                    inFlight.release();
                }
            }
        });
    }
}
