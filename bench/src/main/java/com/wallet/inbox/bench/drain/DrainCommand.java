package com.wallet.inbox.bench.drain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.wallet.inbox.bench.support.AppProducerSettings;
import com.wallet.inbox.bench.support.BenchReport;
import com.wallet.inbox.bench.support.Loopback;
import com.wallet.inbox.bench.support.SampleEvents;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code drain}: the worker alone. The intake cannot accept faster than it answers, so a load run only shows
 * the worker keeping up with it; here a backlog of valid events (the demo template, unique messageIds) is
 * published straight to the worker's topic and the worker's rate is read from what it stored.
 *
 * <p>The backlog is published in one Kafka transaction, and the worker delivers committed records only, so
 * it sees the whole backlog at once when the transaction commits: the worker's own pace is the one from the
 * commit to the last storage ({@code drain.afterPublishPerSec}), over the whole backlog, with no publisher
 * sharing the machine. Without the transaction ({@code --no-transaction}) the worker starts while the
 * backlog is still being published and that pace covers only the part left at the end; see
 * {@link StoredBacklog}.
 */
@Command(
        name = "drain",
        mixinStandardHelpOptions = true,
        description = "Publish a backlog of events to the worker's topic and time how fast the worker stores it.")
public final class DrainCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration EXACT_EVERY = Duration.ofSeconds(1);

    @Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers = "";

    @Option(names = "--mongo-uri", defaultValue = "mongodb://127.0.0.1:27017/inbox")
    String mongoUri = "";

    @Option(names = "--topic", defaultValue = InboxTopics.SEND)
    String topic = "";

    @Option(names = "--count", defaultValue = "100000")
    long count;

    @Option(names = "--users", defaultValue = "100", description = "Distinct keys.")
    int users;

    @Option(
            names = "--transaction",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Publish the backlog in one transaction (default), so that the worker sees it at once.")
    boolean transaction = true;

    @Option(names = "--max-seconds", defaultValue = "120", description = "Bound on publishing and waiting.")
    int maxSeconds;

    @Option(
            names = "--delete-after",
            description = "Delete the run's messages once counted, so that an in-memory store does not grow.")
    boolean deleteAfter;

    @Option(names = "--out")
    @Nullable
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 10_000_000 || maxSeconds < 1 || maxSeconds > 3600 || users < 1) {
            throw new IllegalArgumentException(
                    "--count must be 1..10000000, --max-seconds 1..3600 and --users at least 1");
        }
        Loopback.requireBootstrap(bootstrapServers);
        ConnectionString uri = Loopback.requireMongo(mongoUri);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        SampleEvents events = new SampleEvents(runId, users);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        try (var client = MongoClients.create(uri)) {
            MongoCollection<Document> messages = client.getDatabase(
                            Objects.requireNonNullElse(uri.getDatabase(), InboxCollections.DATABASE))
                    .getCollection(InboxCollections.MESSAGES);
            Bson filter = and(
                    eq("authClientId", SampleEvents.AUTH_CLIENT_ID),
                    in(
                            "userId",
                            LongStream.range(0, users).mapToObj(events::userId).toList()));
            var wait = new BacklogWait(
                    messages::estimatedDocumentCount, () -> messages.countDocuments(filter), POLL, EXACT_EVERY);
            long baseline = wait.baseline();
            Instant publishStart = Instant.now();
            long published = publish(events, runId, deadline);
            Instant publishedAt = Instant.now();
            wait.await(baseline, published, deadline);
            BenchReport report = report(messages, filter, published, publishStart, publishedAt);
            if (deleteAfter) {
                messages.deleteMany(filter);
            }
            report.print(System.out);
            report.write(out);
            return Boolean.TRUE.equals(report.details().get("drain.ok")) ? 0 : 2;
        }
    }

    private long publish(SampleEvents events, String runId, long deadline) {
        var errors = new LongAdder();
        long sent = 0;
        var settings = AppProducerSettings.of(bootstrapServers);
        if (transaction) {
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "inbox-bench-drain-" + runId);
            // The broker's default bound on a transaction is 15 minutes; the run's own bound applies first.
            settings.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) Math.min(maxSeconds, 900) * 1000);
        }
        try (var producer = new KafkaProducer<String, byte[]>(settings)) {
            if (transaction) {
                producer.initTransactions();
                producer.beginTransaction();
            }
            for (; sent < count && System.nanoTime() < deadline; sent++) {
                var event = events.event(sent);
                producer.send(
                        new ProducerRecord<>(
                                topic, event.userId(), InboxJson.mapper().writeValueAsBytes(event)),
                        (metadata, failure) -> {
                            if (failure != null) {
                                errors.increment();
                            }
                        });
            }
            if (transaction) {
                // Flushes first; throws if any send failed, and then nothing of the backlog is delivered.
                producer.commitTransaction();
            } else {
                producer.flush();
            }
        }
        if (errors.sum() > 0) {
            throw new IllegalStateException(errors.sum() + " of " + sent + " events were not acknowledged");
        }
        return sent;
    }

    private BenchReport report(
            MongoCollection<Document> messages,
            Bson filter,
            long published,
            Instant publishStart,
            Instant publishedAt) {
        var backlog = new StoredBacklog(publishedAt);
        for (Document doc : messages.find(filter).projection(Projections.include("_id", "acceptedAt", "deliveredAt"))) {
            backlog.add(
                    doc.getString("_id"),
                    doc.get("acceptedAt", Date.class).toInstant(),
                    doc.get("deliveredAt", Date.class).toInstant());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", topic);
        details.put("drain.transaction", transaction);
        details.put("users", users);
        details.put("drain.publishedAt", publishedAt.toString());
        details.put("drain.duplicates", backlog.stored() - backlog.distinct());
        details.put("drain.missing", published - backlog.distinct());
        details.put("drain.ok", backlog.stored() == published && backlog.distinct() == published);
        return new BenchReport("drain", Instant.now(), backlog.metrics(published, publishStart), details);
    }
}
