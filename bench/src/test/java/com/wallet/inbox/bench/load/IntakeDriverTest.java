package com.wallet.inbox.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The driver with each real client against a server on 127.0.0.1 that the test steers. */
class IntakeDriverTest {

    private static final List<BenchUser> USERS =
            IntStream.range(0, 3).mapToObj(i -> BenchUser.of("t1", i)).toList();

    private final IntakeStats stats = new IntakeStats();

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void everyCallIsAnsweredAndNoMoreThanTheLimitAreInFlight(ClientKind client) throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            run(plan(server.baseUrl(), client, 500, 8, 0, 15));

            assertThat(stats.codeCounts()).containsExactlyEntriesOf(Map.of("ACCEPT", 500L));
            assertThat(stats.acceptedRequestIds()).hasSize(500);
            assertThat(server.maxInFlight()).isBetween(1, 8);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theLimitHoldsWhileTheServerHoldsEveryCall(ClientKind client) throws Exception {
        try (var server = new TinyIntakeServer(sequence -> true, 0)) {
            CompletableFuture<Long> run = runInBackground(plan(server.baseUrl(), client, 12, 4, 0, 30));

            await().atMost(Duration.ofSeconds(20)).until(() -> server.held() == 4);
            assertThat(run).isNotDone();
            server.release();
            run.get(30, TimeUnit.SECONDS);

            assertThat(stats.codeCounts()).containsEntry("ACCEPT", 12L).hasSize(1);
            assertThat(server.maxInFlight()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aCallWithoutAnAnswerTimesOutAndTheOthersStillGetThrough(ClientKind client) throws Exception {
        try (var server = new TinyIntakeServer(sequence -> sequence == 0, 0)) {
            run(plan(server.baseUrl(), client, 50, 2, 0, 1));

            assertThat(stats.codeCounts())
                    .containsEntry("ACCEPT", 49L)
                    .containsEntry("CLIENT_HttpTimeoutException", 1L)
                    .hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void reconnectsWithoutErrorsWhenTheServerClosesAfterSomeCalls(ClientKind client) throws Exception {
        try (var server = new TinyIntakeServer(sequence -> false, 5)) {
            run(plan(server.baseUrl(), client, 300, 4, 0, 15));

            assertThat(stats.codeCounts()).containsExactlyEntriesOf(Map.of("ACCEPT", 300L));
            assertThat(server.connectionsSeen()).isGreaterThanOrEqualTo(300 / 5);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void atAFixedRateNoCallGoesOutBeforeItIsDue(ClientKind client) throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            LoadPlan plan = plan(server.baseUrl(), client, 40, 4, 400, 15);

            long start = run(plan);

            for (long i = 0; i < 40; i++) {
                assertThat(server.arrivalNanos(i)).isGreaterThanOrEqualTo(start + plan.intendedOffsetNanos(i));
            }
            assertThat(stats.codeCounts()).containsEntry("ACCEPT", 40L);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void atAFixedRateCallsHeldUpBehindASlowOneCountFromWhenTheyWereDue(ClientKind client) throws Exception {
        // One call in flight at most; the first gets no answer and times out after a second, so the four
        // due 10 to 40 ms after it can only go out then: each of their latencies includes that wait.
        try (var server = new TinyIntakeServer(sequence -> sequence == 0, 0)) {
            run(plan(server.baseUrl(), client, 5, 1, 100, 1));

            assertThat(stats.codeCounts()).containsEntry("ACCEPT", 4L).containsEntry("CLIENT_HttpTimeoutException", 1L);
            assertThat(stats.latencyMicros().getMinValue()).isGreaterThanOrEqualTo(900_000);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aRefusedConnectionIsRecordedByItsKind(ClientKind client) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        run(plan(URI.create("http://127.0.0.1:" + closedPort), client, 5, 2, 0, 5));

        assertThat(stats.codeCounts()).containsExactlyEntriesOf(Map.of("CLIENT_ConnectException", 5L));
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void warmUpCallsAreLeftOutOfTheMeasuredFiguresButTheirAcceptedRequestIdsAreKept(ClientKind client)
            throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            LoadPlan plan = plan(server.baseUrl(), client, 30, 4, 200, 15, Duration.ofMillis(300));
            var warmUpStats = new IntakeStats();
            IntakeStats measured = warmUpStats.nextPhase();

            try (IntakeClient intake = plan.openClient()) {
                var driver = new IntakeDriver(intake, plan);
                var source = new RequestSource("t1", USERS, "c", "TP_1", 0, 1);
                driver.warmUp(source, warmUpStats);
                long warmUpCalls = warmUpStats.completed();
                long start = driver.run(source, measured);

                // About 60 calls in 300 ms at 200/s; the measured phase is paced from its own start.
                assertThat(warmUpCalls).isBetween(2L, 100L);
                assertThat(measured.completed()).isEqualTo(30);
                assertThat(measured.latencyMicros().getTotalCount()).isEqualTo(30);
                assertThat(measured.codeCounts()).containsExactlyEntriesOf(Map.of("ACCEPT", 30L));
                assertThat(measured.acceptedRequestIds()).hasSize((int) warmUpCalls + 30);
                for (long i = 0; i < 30; i++) {
                    assertThat(server.arrivalNanos(warmUpCalls + i))
                            .isGreaterThanOrEqualTo(start + plan.intendedOffsetNanos(i));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void withoutAWarmUpOnlyTheMeasuredCallsGoOut(ClientKind client) throws Exception {
        try (var server = TinyIntakeServer.answeringAll()) {
            LoadPlan plan = plan(server.baseUrl(), client, 25, 4, 0, 15, Duration.ZERO);
            var warmUpStats = new IntakeStats();

            try (IntakeClient intake = plan.openClient()) {
                var driver = new IntakeDriver(intake, plan);
                var source = new RequestSource("t1", USERS, "c", "TP_1", 0, 1);
                driver.warmUp(source, warmUpStats);
                driver.run(source, stats);
            }

            assertThat(warmUpStats.completed()).isZero();
            assertThat(stats.completed()).isEqualTo(25);
            assertThat(server.arrivalNanos(0)).isNotNull();
            assertThat(server.arrivalNanos(25)).isNull();
        }
    }

    private long run(LoadPlan plan) throws InterruptedException {
        try (IntakeClient client = plan.openClient()) {
            return new IntakeDriver(client, plan).run(new RequestSource("t1", USERS, "c", "TP_1", 0, 1), stats);
        }
    }

    private CompletableFuture<Long> runInBackground(LoadPlan plan) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(plan);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static LoadPlan plan(
            URI baseUrl, ClientKind client, long count, int concurrency, double rate, int timeoutSeconds) {
        return plan(baseUrl, client, count, concurrency, rate, timeoutSeconds, Duration.ZERO);
    }

    private static LoadPlan plan(
            URI baseUrl,
            ClientKind client,
            long count,
            int concurrency,
            double rate,
            int timeoutSeconds,
            Duration warmUp) {
        return new LoadPlan(
                baseUrl,
                "c",
                "TP_1",
                USERS.size(),
                count,
                concurrency,
                rate,
                0,
                Duration.ofSeconds(30),
                Duration.ofSeconds(timeoutSeconds),
                1,
                client,
                1,
                warmUp);
    }
}
