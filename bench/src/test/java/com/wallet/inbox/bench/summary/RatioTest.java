package com.wallet.inbox.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.wallet.inbox.bench.support.BenchReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void theWorkerDrainRatioUsesThePaceAfterPublishingAndKeepsTheOldOneBesideIt() {
        var medians = new Medians(List.of(
                report("drain", Map.of("drain.afterPublishPerSec", 8000.0, "drain.messagesPerSec", 4000.0)),
                report("bulk-insert", Map.of("insert.documentsPerSec", 16000.0))));

        assertThat(ratio("worker drain / raw bulk insert").of(medians).getAsDouble())
                .isCloseTo(0.5, within(1e-9));
        assertThat(ratio("worker drain from first publish / raw bulk insert")
                        .of(medians)
                        .getAsDouble())
                .isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aDrainWithoutTheNewFigureHasNoWorkerRatio() {
        var medians = new Medians(List.of(
                report("drain", Map.of("drain.messagesPerSec", 4000.0)),
                report("bulk-insert", Map.of("insert.documentsPerSec", 16000.0))));

        assertThat(ratio("worker drain / raw bulk insert").of(medians)).isEmpty();
    }

    private static Ratio ratio(String name) {
        return Ratio.ALL.stream()
                .filter(ratio -> ratio.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static BenchReport report(String kind, Map<String, Double> metrics) {
        return new BenchReport(kind, Instant.EPOCH, metrics, Map.of());
    }
}
