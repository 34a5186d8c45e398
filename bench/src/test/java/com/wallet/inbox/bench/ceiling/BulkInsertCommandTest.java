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

        var err = new StringWriter();
        int exit = BenchMain.commandLine()
                .setErr(new PrintWriter(err))
                .execute("bulk-insert", "--warmup-count", "-1", "--mongo-uri", "mongodb://db.example:27017/inbox");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--warmup-count");
    }

    @Test
    void rejectsAWriterCountOutOfRangeBeforeConnecting() {
        var err = new StringWriter();
        int exit = BenchMain.commandLine()
                .setErr(new PrintWriter(err))
                .execute("bulk-insert", "--writers", "0", "--mongo-uri", "mongodb://127.0.0.1:1/inbox");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--writers");
    }

    private static BulkInsertCommand parse(String... args) {
        var command = new BulkInsertCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
