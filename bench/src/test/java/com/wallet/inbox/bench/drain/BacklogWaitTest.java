package com.wallet.inbox.bench.drain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BacklogWaitTest {

    private static final Duration POLL = Duration.ofMillis(1);

    private final AtomicLong total = new AtomicLong(500);
    private final AtomicLong exact = new AtomicLong();
    private final AtomicInteger exactReads = new AtomicInteger();

    private final BacklogWait wait = new BacklogWait(this::totalGrowing, this::exact, POLL, Duration.ZERO);

    @Test
    void takesTheExactCountOnlyOnceTheTotalSaysTheBacklogIsIn() throws InterruptedException {
        long baseline = wait.baseline();
        exact.set(100);

        long stored = wait.await(baseline, 100, deadlineIn(Duration.ofSeconds(30)));

        assertThat(stored).isEqualTo(100);
        assertThat(exactReads).hasValue(1);
        assertThat(total.get() - baseline).isGreaterThanOrEqualTo(100);
    }

    @Test
    void keepsCheckingTheExactCountWhenOtherDocumentsMadeTheTotalReachItEarly() throws InterruptedException {
        long baseline = wait.baseline();
        total.addAndGet(1_000); // somebody else's documents
        exact.set(40);
        var exactCatchingUp = new BacklogWait(total::get, () -> exact.addAndGet(20), POLL, Duration.ZERO);

        long stored = exactCatchingUp.await(baseline, 100, deadlineIn(Duration.ofSeconds(30)));

        assertThat(stored).isEqualTo(100);
    }

    @Test
    void givesUpAtTheDeadlineWithTheExactCount() throws InterruptedException {
        exact.set(7);
        var stuck = new BacklogWait(total::get, this::exact, POLL, Duration.ZERO);

        long stored = stuck.await(stuck.baseline(), 100, deadlineIn(Duration.ofMillis(50)));

        assertThat(stored).isEqualTo(7);
    }

    /** The store's total, ten documents more at each read. */
    private long totalGrowing() {
        return total.getAndAdd(10);
    }

    private long exact() {
        exactReads.incrementAndGet();
        return exact.get();
    }

    private static long deadlineIn(Duration duration) {
        return System.nanoTime() + TimeUnit.NANOSECONDS.convert(duration);
    }
}
