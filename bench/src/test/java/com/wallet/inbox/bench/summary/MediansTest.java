package com.wallet.inbox.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.wallet.inbox.bench.support.BenchReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediansTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Medians.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Medians.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void takesTheMedianPerKindAndMetricAndRelatesResultsToCeilings() {
        var medians = new Medians(List.of(
                report("load", Map.of("intake.requestsPerSec", 900.0, "delivery.messagesPerSec", 800.0)),
                report("load", Map.of("intake.requestsPerSec", 1100.0, "delivery.messagesPerSec", 700.0)),
                report("load", Map.of("intake.requestsPerSec", 1000.0, "delivery.messagesPerSec", 900.0)),
                report("bare-http", Map.of("intake.requestsPerSec", 4000.0)),
                report("bulk-insert", Map.of("insert.documentsPerSec", 1600.0))));

        assertThat(medians.runs()).containsEntry("load", 3).containsEntry("bare-http", 1);
        assertThat(medians.get("load", "intake.requestsPerSec")).hasValue(1000.0);
        assertThat(Ratio.ALL.get(0).of(medians).getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(Ratio.ALL.get(1).of(medians)).isEmpty();
        assertThat(Ratio.ALL.get(2).of(medians).getAsDouble()).isCloseTo(0.5, within(1e-9));
    }

    private static BenchReport report(String kind, Map<String, Double> metrics) {
        return new BenchReport(kind, Instant.EPOCH, metrics, Map.of());
    }
}
