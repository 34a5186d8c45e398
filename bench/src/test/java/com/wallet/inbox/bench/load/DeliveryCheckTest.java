package com.wallet.inbox.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryCheckTest {

    @Test
    void passesWhenEveryAcceptedRequestIsStoredOnce() {
        var check = DeliveryCheck.of(Set.of("a", "b", "c"), List.of("c", "a", "b"));

        assertThat(check.ok()).isTrue();
        assertThat(check.stored()).isEqualTo(3);
        assertThat(check.missing()).isZero();
        assertThat(check.duplicates()).isZero();
    }

    @Test
    void failsWhenAnAcceptedRequestIsMissing() {
        var check = DeliveryCheck.of(Set.of("a", "b", "c"), List.of("a", "b"));

        assertThat(check.ok()).isFalse();
        assertThat(check.missing()).isEqualTo(1);
    }

    @Test
    void failsWhenARequestIsStoredTwice() {
        var check = DeliveryCheck.of(Set.of("a", "b"), List.of("a", "b", "b"));

        assertThat(check.ok()).isFalse();
        assertThat(check.duplicates()).isEqualTo(1);
        assertThat(check.missing()).isZero();
    }

    @Test
    void failsWhenSomethingUnacknowledgedWasStored() {
        var check = DeliveryCheck.of(Set.of("a"), List.of("a", "timed-out"));

        assertThat(check.ok()).isFalse();
        assertThat(check.unacknowledged()).isEqualTo(1);
        assertThat(check.duplicates()).isZero();
    }

    @Test
    void passesForAnEmptyRun() {
        assertThat(DeliveryCheck.of(Set.of(), List.of()).ok()).isTrue();
    }
}
