package com.wallet.inbox.bench.ceiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.wallet.inbox.bench.BenchMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BulkInsertCommandTest {

    @Test
    void warmsUpWithAsManyDocumentsAsItTimesAtMostAHundredThousand() {
        assertThat(parse("--count", "20000").warmUpDocuments()).isEqualTo(20_000);
        assertThat(parse("--count", "100000").warmUpDocuments()).isEqualTo(100_000);
        assertThat(parse("--count", "500000").warmUpDocuments()).isEqualTo(100_000);
        assertThat(parse("--count", "5").warmUpDocuments()).isEqualTo(5);
    }

    @Test
    void takesAnExplicitWarmUpIncludingNone() {
        assertThat(parse("--count", "100000", "--warmup-count", "0").warmUpDocuments())
                .isZero();
        assertThat(parse("--count", "100", "--warmup-count", "5000").warmUpDocuments())
                .isEqualTo(5_000);
    }

    @Test
    void rejectsANegativeWarmUpBeforeConnecting() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--warmup-count", "-1").warmUpDocuments())
                .withMessageContaining("--warmup-count");

        assertRefusedNaming(
                "--warmup-count", "--warmup-count", "-1", "--mongo-uri", "mongodb://db.example:27017/inbox");
    }

    @Test
    void rejectsAWriterCountOutOfRangeBeforeConnecting() {
        assertRefusedNaming("--writers", "--writers", "0", "--mongo-uri", "mongodb://127.0.0.1:1/inbox");
    }

    /** Runs bulk-insert with the arguments and checks it exits non-zero with an error naming the option. */
    private static void assertRefusedNaming(String option, String... args) {
        var err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "bulk-insert";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = BenchMain.commandLine().setErr(new PrintWriter(err)).execute(all);
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains(option);
    }

    private static BulkInsertCommand parse(String... args) {
        var command = new BulkInsertCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
