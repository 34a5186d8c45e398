package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AcceptanceMarksTest {

    private final AcceptanceMarks marks = new AcceptanceMarks();

    @Test
    void aMarkIsAwaitedUntilItIsWritten() {
        CompletableFuture<Boolean> written = new CompletableFuture<>();

        marks.track("client-1", "r-1", "m-1", written);

        assertThat(marks.awaitingMark("client-1", "r-1")).isTrue();
        written.complete(true);
        assertThat(marks.awaitingMark("client-1", "r-1")).isFalse();
    }

    @Test
    void aMarkThatFailedIsNoLongerAwaited() {
        CompletableFuture<Boolean> written = new CompletableFuture<>();
        marks.track("client-1", "r-1", "m-1", written);

        written.completeExceptionally(new IllegalStateException("store down"));

        assertThat(marks.awaitingMark("client-1", "r-1")).isFalse();
    }

    @Test
    void aMarkAlreadyWrittenWhenTrackedLeavesNothingBehind() {
        marks.track("client-1", "r-1", "m-1", CompletableFuture.completedFuture(true));

        assertThat(marks.awaitingMark("client-1", "r-1")).isFalse();
    }

    @Test
    void theRequestIdCountsOnlyForItsOwnClient() {
        marks.track("client-1", "r-1", "m-1", new CompletableFuture<>());

        assertThat(marks.awaitingMark("client-2", "r-1")).isFalse();
        assertThat(marks.awaitingMark("client-1", "r-2")).isFalse();
    }

    @Test
    void anEarlierMarkWrittenLateDoesNotEndALaterOnesWait() {
        CompletableFuture<Boolean> first = new CompletableFuture<>();
        CompletableFuture<Boolean> second = new CompletableFuture<>();
        marks.track("client-1", "r-1", "m-1", first);
        marks.track("client-1", "r-1", "m-1", second);

        first.complete(true);

        assertThat(marks.awaitingMark("client-1", "r-1")).isTrue();
        second.complete(true);
        assertThat(marks.awaitingMark("client-1", "r-1")).isFalse();
    }
}
