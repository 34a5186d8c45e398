package com.wallet.inbox.bench.ceiling;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.wallet.inbox.bench.support.BenchReport;
import com.wallet.inbox.bench.support.Loopback;
import com.wallet.inbox.bench.support.SampleEvents;
import com.wallet.inbox.schemas.InboxCollections;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulk-insert}: the raw store ceiling, unordered insertMany of inbox_messages documents. */
@Command(
        name = "bulk-insert",
        mixinStandardHelpOptions = true,
        description = "Insert inbox_messages-shaped documents in unordered batches into a scratch collection.")
public final class BulkInsertCommand implements Callable<Integer> {

    @Option(names = "--mongo-uri", defaultValue = "mongodb://127.0.0.1:27017/inbox")
    String mongoUri = "";

    @Option(names = "--count", defaultValue = "100000")
    long count;

    @Option(names = "--batch", defaultValue = "500")
    int batch;

    @Option(names = "--max-seconds", defaultValue = "60")
    int maxSeconds;

    @Option(names = "--users", defaultValue = "100")
    int users;

    @Option(
            names = "--indexes",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Create the worker's two indexes first (default).")
    boolean indexes = true;

    @Option(names = "--out")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        CeilingLimits.check(count, maxSeconds, users);
        if (batch < 1 || batch > 100_000) {
            throw new IllegalArgumentException("--batch must be between 1 and 100000");
        }
        ConnectionString uri = Loopback.requireMongo(mongoUri);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String name = "bench_scratch_" + runId;
        try (var client = MongoClients.create(uri)) {
            MongoCollection<Document> scratch = client.getDatabase(
                            Objects.requireNonNullElse(uri.getDatabase(), InboxCollections.DATABASE))
                    .getCollection(name);
            try {
                createIndexes(scratch);
                BenchReport report = insert(scratch, new SampleEvents(runId, users));
                report.print(System.out);
                report.write(out);
                return 0;
            } finally {
                // The memory store would otherwise keep every scratch document until it stops.
                scratch.drop();
            }
        }
    }

    /** The same indexes the worker puts on inbox_messages, so each insert maintains as much. */
    private void createIndexes(MongoCollection<Document> scratch) {
        if (indexes) {
            scratch.createIndex(
                    Indexes.compoundIndex(Indexes.ascending("userId"), Indexes.descending("deliveredAt")),
                    new IndexOptions().name("userId_deliveredAt"));
            scratch.createIndex(
                    Indexes.compoundIndex(
                            Indexes.ascending("authClientId", "templateCode"), Indexes.descending("deliveredAt")),
                    new IndexOptions().name("authClientId_templateCode_deliveredAt"));
        }
    }

    private BenchReport insert(MongoCollection<Document> scratch, SampleEvents events) {
        long inserted = 0;
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (inserted < count && System.nanoTime() < deadline) {
            int size = (int) Math.min(batch, count - inserted);
            List<Document> documents = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                documents.add(events.message(inserted + i));
            }
            scratch.insertMany(documents, new InsertManyOptions().ordered(false));
            inserted += size;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("insert.documents", (double) inserted);
        metrics.put("insert.documentsPerSec", inserted / seconds);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("collection", scratch.getNamespace().getCollectionName() + " (dropped afterwards)");
        details.put("batch", batch);
        details.put("indexes", indexes);
        return new BenchReport("bulk-insert", Instant.now(), metrics, details);
    }
}
