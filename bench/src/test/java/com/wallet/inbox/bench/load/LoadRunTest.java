package com.wallet.inbox.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.bench.support.BenchReport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A whole run against a local server, intake only: what the report says about the warm-up. */
class LoadRunTest {

    private static final List<BenchUser> USERS =
            IntStream.range(0, 3).mapToObj(i -> BenchUser.of("t1", i)).toList();

    @Test
    void theReportCountsOnlyTheMeasuredCallsAndListsTheWarmUpApart() throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            BenchReport report = run(plan(server.baseUrl(), Duration.ofSeconds(1)));

            assertThat(report.metrics()).containsEntry("intake.requests", 40.0);
            long warmUpCalls = (Long) report.details().get("warmup.calls");
            assertThat(warmUpCalls).isPositive();
            assertThat(report.details())
                    .containsEntry("warmup.seconds", 1L)
                    .containsEntry("warmup.resultCodes", Map.of("ACCEPT", warmUpCalls))
                    .containsEntry("warmup.acceptedDistinct", warmUpCalls)
                    .containsEntry("intake.acceptedDistinct", 40L)
                    .containsEntry("intake.allAccepted", true)
                    .containsKeys("warmup.latency.p99Ms", "warmup.actualSeconds");
        }
    }

    @Test
    void withoutAWarmUpTheReportSaysSo() throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            BenchReport report = run(plan(server.baseUrl(), Duration.ZERO));

            assertThat(report.metrics()).containsEntry("intake.requests", 40.0);
            assertThat(report.details())
                    .containsEntry("warmup.seconds", 0L)
                    .containsEntry("warmup.calls", 0L)
                    .containsEntry("intake.acceptedDistinct", 40L)
                    .doesNotContainKey("warmup.resultCodes");
        }
    }

    private static BenchReport run(LoadPlan plan) throws InterruptedException {
        try (IntakeClient client = plan.openClient()) {
            return new LoadRun(plan, "t1", client, "bare-http", null, Duration.ofSeconds(1), false).execute(USERS);
        }
    }

    private static LoadPlan plan(URI baseUrl, Duration warmUp) {
        return new LoadPlan(
                baseUrl,
                "c",
                "TP_1",
                USERS.size(),
                40,
                4,
                100,
                0,
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                1,
                ClientKind.NETTY,
                1,
                warmUp);
    }
}
