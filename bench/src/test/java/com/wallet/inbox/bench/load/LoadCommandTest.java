package com.wallet.inbox.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.wallet.inbox.bench.BenchMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadCommandTest {

    @Test
    void defaultsTargetTheLocalStandaloneAtFullSpeed() {
        LoadPlan plan = parse().plan();

        assertThat(plan.baseUrl()).hasToString("http://127.0.0.1:8080");
        assertThat(plan.authClientId()).isEqualTo("202016726873874774774xxxx");
        assertThat(plan.templateCode()).isEqualTo("TP_5800000001xxxx");
        assertThat(plan.fullSpeed()).isTrue();
        assertThat(plan.concurrency()).isEqualTo(64);
        assertThat(plan.count()).isEqualTo(50_000);
        assertThat(plan.maxDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.repeatShare()).isEqualTo(0.05);
        assertThat(plan.client()).isEqualTo(ClientKind.NETTY);
        assertThat(plan.clientThreads()).isEqualTo(1);
        assertThat(plan.warmUp()).isEqualTo(Duration.ofSeconds(5));
        assertThat(plan.warmsUp()).isTrue();
    }

    @Test
    void aZeroWarmUpMeansNone() {
        LoadPlan plan = parse("--warmup-seconds", "0").plan();

        assertThat(plan.warmUp()).isZero();
        assertThat(plan.warmsUp()).isFalse();
    }

    @Test
    void theJdkClientStaysAvailableToCompareWith() {
        LoadPlan plan = parse("--client", "jdk", "--client-threads", "2").plan();

        assertThat(plan.client()).isEqualTo(ClientKind.JDK);
        assertThat(plan.clientThreads()).isEqualTo(2);
    }

    @Test
    void anUnknownClientIsAUsageErrorNamingTheChoices() {
        var err = new StringWriter();
        CommandLine commandLine = BenchMain.commandLine().setErr(new PrintWriter(err));

        assertThat(commandLine.execute("load", "--client", "curl")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("netty|jdk");
    }

    @Test
    void readsEveryOption() {
        LoadCommand command = parse(
                "--url",
                "http://localhost:18080",
                "--users",
                "7",
                "--count",
                "900",
                "--concurrency",
                "8",
                "--rate",
                "250",
                "--repeat-share",
                "0.2",
                "--max-seconds",
                "5",
                "--warmup-seconds",
                "12",
                "--intake-only",
                "--label",
                "bare-http",
                "--out",
                "x.json");

        LoadPlan plan = command.plan();
        assertThat(plan.baseUrl().getPort()).isEqualTo(18080);
        assertThat(plan.users()).isEqualTo(7);
        assertThat(plan.count()).isEqualTo(900);
        assertThat(plan.concurrency()).isEqualTo(8);
        assertThat(plan.rate()).isEqualTo(250);
        assertThat(plan.repeatShare()).isEqualTo(0.2);
        assertThat(plan.maxDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(plan.warmUp()).isEqualTo(Duration.ofSeconds(12));
        assertThat(command.intakeOnly).isTrue();
        assertThat(command.label).isEqualTo("bare-http");
        assertThat(command.out).hasToString("x.json");
    }

    @Test
    void paceSpreadsCallsEvenlyAtAGivenRate() {
        LoadPlan plan = parse("--rate", "1000").plan();

        assertThat(plan.fullSpeed()).isFalse();
        assertThat(plan.intendedOffsetNanos(0)).isZero();
        assertThat(plan.intendedOffsetNanos(1)).isEqualTo(1_000_000);
        assertThat(plan.intendedOffsetNanos(2500)).isEqualTo(2_500_000_000L);
    }

    @Test
    void rejectsTargetsOffThisMachine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--url", "http://10.0.0.5:8080").plan())
                .withMessageContaining("127.0.0.1/localhost only");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--url", "https://127.0.0.1:8443").plan())
                .withMessageContaining("http://");
    }

    @Test
    void rejectsUnboundedOrImpossibleRuns() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--count", "0").plan())
                .withMessageContaining("--count");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--max-seconds", "0").plan())
                .withMessageContaining("--max-seconds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--max-seconds", "7200").plan())
                .withMessageContaining("--max-seconds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--concurrency", "0").plan())
                .withMessageContaining("--concurrency");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--repeat-share", "1").plan())
                .withMessageContaining("--repeat-share");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--rate", "-1").plan())
                .withMessageContaining("--rate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--users", "0").plan())
                .withMessageContaining("--users");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--client-threads", "0").plan())
                .withMessageContaining("--client-threads");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--warmup-seconds", "-1").plan())
                .withMessageContaining("--warmup-seconds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--warmup-seconds", "601").plan())
                .withMessageContaining("--warmup-seconds");
    }

    @Test
    void aBadValueIsAUsageErrorWithItsReason() {
        var err = new StringWriter();
        CommandLine commandLine = BenchMain.commandLine().setErr(new PrintWriter(err));

        int exit = commandLine.execute("load", "--url", "http://example.com:8080");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("127.0.0.1/localhost only");
    }

    @Test
    void aMalformedNumberIsAUsageError() {
        var err = new StringWriter();
        CommandLine commandLine = BenchMain.commandLine().setErr(new PrintWriter(err));

        assertThat(commandLine.execute("load", "--count", "many")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--count");
    }

    private static LoadCommand parse(String... args) {
        var command = new LoadCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
