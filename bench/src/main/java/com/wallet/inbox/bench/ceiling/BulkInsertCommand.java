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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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

    /**
     * The client is a fresh JVM: after 10,000 untimed documents its ceiling still came out a third lower
     * than after 100,000, below what the warmed worker stored (bench/results/20261127T1103Z-insert-warmup).
     */
    private static final long DEFAULT_MAX_WARM_UP = 100_000;

    @Option(names = "--mongo-uri", defaultValue = "mongodb://127.0.0.1:27017/inbox")
    String mongoUri = "";

    @Option(names = "--count", defaultValue = "100000")
    long count;

    @Option(names = "--batch", defaultValue = "500")
    int batch;

    @Option(
            names = "--writers",
            defaultValue = "2",
            description =
                    "Threads inserting batches side by side; default 2, the worker's consumers"
                            + " (inbox.delivery.concurrency), so that the ceiling writes as many batches at once as the worker.")
    int writers;

    @Option(names = "--max-seconds", defaultValue = "60", description = "Bound on the timed inserts.")
    int maxSeconds;

    @Option(
            names = "--warmup-count",
            description = "Documents inserted untimed first, into the same collection, so the timed batches do not"
                    + " time this JVM's cold start; default as many as --count, at most 100000; 0 = none.")
    @Nullable
    Long warmUpCount;

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
        if (writers < 1 || writers > 64) {
            throw new IllegalArgumentException("--writers must be between 1 and 64");
        }
        long warmUp = warmUpDocuments();
        ConnectionString uri = Loopback.requireMongo(mongoUri);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String name = "bench_scratch_" + runId;
        try (var client = MongoClients.create(uri)) {
            MongoCollection<Document> scratch = client.getDatabase(
                            Objects.requireNonNullElse(uri.getDatabase(), InboxCollections.DATABASE))
                    .getCollection(name);
            try {
                createIndexes(scratch);
                var events = new SampleEvents(runId, users);
                // Sequences after the timed ones, so their ids never collide.
                long warmUpStart = System.nanoTime();
                long warmedUp = insert(scratch, events, count, warmUp, warmUpStart);
                double warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
                BenchReport report = timed(scratch, events, warmedUp, warmUpSeconds);
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

    long warmUpDocuments() {
        long chosen = warmUpCount != null ? warmUpCount : Math.min(DEFAULT_MAX_WARM_UP, count);
        if (chosen < 0 || chosen > 1_000_000) {
            throw new IllegalArgumentException("--warmup-count must be between 0 (none) and 1000000");
        }
        return chosen;
    }

    private BenchReport timed(
            MongoCollection<Document> scratch, SampleEvents events, long warmedUp, double warmUpSeconds) {
        long start = System.nanoTime();
        long inserted = insert(scratch, events, 0, count, start);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("insert.documents", (double) inserted);
        metrics.put("insert.documentsPerSec", inserted / seconds);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("collection", scratch.getNamespace().getCollectionName() + " (dropped afterwards)");
        details.put("batch", batch);
        details.put("writers", writers);
        details.put("indexes", indexes);
        // Untimed, and left in the collection: the timed batches insert into a collection that holds these.
        details.put("warmup.documents", warmedUp);
        details.put("warmup.seconds", Math.round(warmUpSeconds * 100) / 100.0);
        return new BenchReport("bulk-insert", Instant.now(), metrics, details);
    }

    /**
     * Inserts sequences {@code first} to {@code first + howMany - 1} in batches, {@code writers} batches at a
     * time, each writer taking the next batch not yet taken; returns how many, bounded in time.
     */
    private long insert(MongoCollection<Document> scratch, SampleEvents events, long first, long howMany, long start) {
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        var next = new AtomicLong();
        var inserted = new LongAdder();
        Runnable writer = () -> {
            for (long offset = next.getAndAdd(batch);
                    offset < howMany && System.nanoTime() < deadline;
                    offset = next.getAndAdd(batch)) {
                int size = (int) Math.min(batch, howMany - offset);
                List<Document> documents = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    documents.add(events.message(first + offset + i));
                }
                scratch.insertMany(documents, new InsertManyOptions().ordered(false));
                inserted.add(size);
            }
        };
        var pool = Executors.newFixedThreadPool(writers);
        try {
            var running = new ArrayList<Future<?>>();
            for (int i = 0; i < writers; i++) {
                running.add(pool.submit(writer));
            }
            for (var one : running) {
                awaitWriter(one);
            }
        } finally {
            pool.shutdownNow();
        }
        return inserted.sum();
    }

    private static void awaitWriter(Future<?> writer) {
        try {
            writer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while inserting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a bulk insert failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
