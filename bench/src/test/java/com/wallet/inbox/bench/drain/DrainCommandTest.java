package com.wallet.inbox.bench.drain;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.bench.BenchMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The drain run refuses what would send traffic off this machine or run unbounded, before connecting. */
class DrainCommandTest {

    @Test
    void refusesABrokerOffThisMachine() {
        Run run = run("--bootstrap-servers", "kafka.example:9092", "--count", "10");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.errors()).contains("kafka.example");
    }

    @Test
    void refusesAStoreOffThisMachine() {
        Run run = run("--mongo-uri", "mongodb://db.example:27017/inbox", "--count", "10");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.errors()).contains("db.example");
    }

    @Test
    void refusesAnUnboundedRun() {
        Run run = run("--count", "0");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.errors()).contains("--count");
    }

    @Test
    void publishesInOneTransactionUnlessToldNotTo() {
        var byDefault = new DrainCommand();
        new CommandLine(byDefault).parseArgs("--count", "10");
        var plain = new DrainCommand();
        new CommandLine(plain).parseArgs("--count", "10", "--no-transaction");

        assertThat(byDefault.transaction).isTrue();
        assertThat(plain.transaction).isFalse();
    }

    private static Run run(String... args) {
        StringWriter errors = new StringWriter();
        CommandLine line = new CommandLine(new BenchMain()).setErr(new PrintWriter(errors));
        String[] all = new String[args.length + 1];
        all[0] = "drain";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = line.execute(all);
        return new Run(exitCode, errors.toString());
    }

    private record Run(int exitCode, String errors) {}
}
