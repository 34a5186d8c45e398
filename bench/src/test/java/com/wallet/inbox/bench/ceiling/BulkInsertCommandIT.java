package com.wallet.inbox.bench.ceiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.wallet.inbox.bench.BenchMain;
import com.wallet.inbox.bench.support.BenchReport;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk-insert ceiling over the MongoDB wire protocol, with several writers side by side. */
class BulkInsertCommandIT {

    private MongoServer store;
    private String uri;

    @BeforeEach
    void start() {
        store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/inbox";
    }

    @AfterEach
    void stop() {
        store.shutdownNow();
    }

    @Test
    void insertsEveryDocumentOnceAcrossWritersAndDropsTheScratchCollection(@TempDir Path dir) {
        Path out = dir.resolve("insert.json");

        int exit = BenchMain.commandLine()
                .execute(
                        "bulk-insert",
                        "--mongo-uri",
                        uri,
                        "--count",
                        "2345",
                        "--batch",
                        "100",
                        "--writers",
                        "3",
                        "--warmup-count",
                        "150",
                        "--out",
                        out.toString());

        assertThat(exit).isZero();
        BenchReport report = BenchReport.read(out);
        // 2,345 is not a multiple of the batch, so the last batch is a short one taken by one writer only.
        assertThat(report.metrics()).containsEntry("insert.documents", 2345.0);
        assertThat(report.metrics().get("insert.documentsPerSec")).isPositive();
        assertThat(report.details()).containsEntry("writers", 3).containsEntry("warmup.documents", 150);
        try (var client = MongoClients.create(uri)) {
            assertThat(client.getDatabase("inbox").listCollectionNames())
                    .noneMatch(name -> name.startsWith("bench_scratch_"));
        }
    }
}
