package com.wallet.inbox.bench.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void reportsPercentilesInMilliseconds() {
        var micros = new Histogram(60_000_000L, 3);
        for (int ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000L);
        }

        LatencySummary summary = LatencySummary.ofMicros(micros);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50Ms()).isCloseTo(500, within(1.0));
        assertThat(summary.p99Ms()).isCloseTo(990, within(1.0));
        assertThat(summary.p999Ms()).isCloseTo(999, within(1.0));
        assertThat(summary.maxMs()).isCloseTo(1000, within(1.0));
    }

    @Test
    void namesEachPercentileUnderItsPrefix() {
        var micros = new Histogram(60_000_000L, 3);
        micros.recordValue(2500);

        assertThat(LatencySummary.ofMicros(micros).metrics("intake.latency"))
                .containsOnlyKeys(
                        "intake.latency.p50Ms", "intake.latency.p99Ms", "intake.latency.p999Ms", "intake.latency.maxMs")
                .containsEntry("intake.latency.p50Ms", 2.5);
    }

    @Test
    void anEmptyHistogramReportsZeros() {
        assertThat(LatencySummary.ofMicros(new Histogram(3))).isEqualTo(new LatencySummary(0, 0, 0, 0, 0));
    }
}
