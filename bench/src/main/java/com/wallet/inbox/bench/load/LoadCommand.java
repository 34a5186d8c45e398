package com.wallet.inbox.bench.load;

import com.wallet.inbox.bench.support.BenchReport;
import com.wallet.inbox.bench.support.Loopback;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code load}: drives sendInbox against a running system and checks that every accepted call got stored. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Provision users and tokens, send sendInbox calls, wait until every accepted one is stored.")
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "Base URL (loopback only).")
    String url = "";

    @Option(names = "--admin-token", defaultValue = "dev-admin-token", description = "Bearer token of the admin API.")
    String adminToken = "";

    @Option(names = "--auth-client-id", defaultValue = "202016726873874774774xxxx")
    String authClientId = "";

    @Option(names = "--template-code", defaultValue = "TP_5800000001xxxx")
    String templateCode = "";

    @Option(names = "--users", defaultValue = "100", description = "Users (and tokens) to provision.")
    int users;

    @Option(names = "--count", defaultValue = "50000", description = "Calls to send at most.")
    long count;

    @Option(names = "--concurrency", defaultValue = "64", description = "Calls in flight at most.")
    int concurrency;

    @Option(names = "--rate", defaultValue = "0", description = "Calls per second; 0 = full speed.")
    double rate;

    @Option(names = "--repeat-share", defaultValue = "0.05", description = "Share of calls repeating a requestId.")
    double repeatShare;

    @Option(
            names = "--max-seconds",
            defaultValue = "60",
            description = "Stop sending the measured calls after this long (the warm-up not counted).")
    int maxSeconds;

    @Option(
            names = "--warmup-seconds",
            defaultValue = "5",
            description = "Before the measured calls, send the same kind of calls at the same pace for this long,"
                    + " left out of the latency and rate but checked in storage; 0 = no warm-up.")
    int warmUpSeconds;

    @Option(names = "--request-timeout-seconds", defaultValue = "15")
    int requestTimeoutSeconds;

    @Option(
            names = "--client",
            defaultValue = "netty",
            converter = ClientKind.Converter.class,
            description = "HTTP client of the calls: netty (cheapest in CPU per call) or jdk (java.net.http).")
    ClientKind client = ClientKind.NETTY;

    @Option(
            names = "--client-threads",
            defaultValue = "1",
            description = "Threads of the HTTP client (Netty event loops, or the jdk client's executor).")
    int clientThreads;

    @Option(names = "--mongo-uri", defaultValue = "mongodb://127.0.0.1:27017/inbox")
    String mongoUri = "";

    @Option(names = "--drain-seconds", defaultValue = "120", description = "How long to wait for storage at most.")
    int drainSeconds;

    @Option(
            names = "--intake-only",
            description = "No provisioning, no storage check: for driving the bare-HTTP ceiling.")
    boolean intakeOnly;

    @Option(
            names = "--delete-after",
            description = "Delete the run's messages and request records once checked, so that an in-memory"
                    + " store does not grow from run to run.")
    boolean deleteAfter;

    @Option(names = "--label", defaultValue = "load", description = "The report's kind, e.g. bare-http.")
    String label = "";

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--out", description = "Write the JSON report here.")
    @Nullable
    Path out;

    LoadPlan plan() {
        return new LoadPlan(
                Loopback.requireHttp(url),
                authClientId,
                templateCode,
                users,
                count,
                concurrency,
                rate,
                repeatShare,
                Duration.ofSeconds(maxSeconds),
                Duration.ofSeconds(requestTimeoutSeconds),
                seed,
                client,
                clientThreads,
                Duration.ofSeconds(warmUpSeconds));
    }

    @Override
    public Integer call() throws Exception {
        LoadPlan plan = plan();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        var storage = intakeOnly ? null : Loopback.requireMongo(mongoUri);
        List<BenchUser> users = users(plan, runId);
        BenchReport report;
        try (IntakeClient intake = plan.openClient()) {
            report = new LoadRun(plan, runId, intake, label, storage, Duration.ofSeconds(drainSeconds), deleteAfter)
                    .execute(users);
        }
        report.print(System.out);
        report.write(out);
        if (!Boolean.TRUE.equals(report.details().get("intake.allAccepted"))) {
            System.err.println("Calls answered other than ACCEPT (intake.resultCodes): the throughput counts refusals,"
                    + " which cost the server less than acceptances (is the per-client rate limit below the load?)");
            return 3;
        }
        return intakeOnly || Boolean.TRUE.equals(report.details().get("delivery.ok")) ? 0 : 2;
    }

    private List<BenchUser> users(LoadPlan plan, String runId) {
        if (intakeOnly) {
            return IntStream.range(0, plan.users())
                    .mapToObj(i -> BenchUser.of(runId, i))
                    .toList();
        }
        // A few hundred admin calls before the run, one at a time: the JDK's client is plenty here.
        HttpClient admin = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return new Provisioner(admin, plan.baseUrl(), adminToken).provision(runId, plan.users(), plan.authClientId());
    }
}
