package com.wallet.inbox.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) {
        var report = new BenchReport(
                "load",
                Instant.parse("2026-11-02T10:15:30Z"),
                Map.of("intake.requestsPerSec", 1234.5),
                Map.of("intake.resultCodes", Map.of("ACCEPT", 10)));
        Path file = dir.resolve("nested/load-1.json");

        report.write(file);

        BenchReport read = BenchReport.read(file);
        assertThat(read.kind()).isEqualTo("load");
        assertThat(read.finishedAt()).isEqualTo(report.finishedAt());
        assertThat(read.metrics()).isEqualTo(report.metrics());
        assertThat(read.details()).containsKey("intake.resultCodes");
    }
}
