package com.wallet.inbox.bench.ceiling;

import com.wallet.inbox.bench.support.AppProducerSettings;
import com.wallet.inbox.bench.support.BenchReport;
import com.wallet.inbox.bench.support.LatencySummary;
import com.wallet.inbox.bench.support.Loopback;
import com.wallet.inbox.bench.support.SampleEvents;
import com.wallet.inbox.schemas.InboxJson;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kafka-produce}: the raw produce ceiling, the app's producer settings on a scratch topic. */
@Command(
        name = "kafka-produce",
        mixinStandardHelpOptions = true,
        description = "Produce InboxSendEvents (acks=all, idempotent, keyed by userId) to a scratch topic.")
public final class KafkaProduceCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers = "";

    @Option(names = "--count", defaultValue = "200000")
    long count;

    @Option(names = "--max-seconds", defaultValue = "60")
    int maxSeconds;

    @Option(names = "--partitions", defaultValue = "12", description = "As the main topic.")
    int partitions;

    @Option(names = "--users", defaultValue = "100", description = "Distinct keys.")
    int users;

    @Option(names = "--out")
    @Nullable
    Path out;

    @Override
    public Integer call() throws Exception {
        CeilingLimits.check(count, maxSeconds, users);
        Loopback.requireBootstrap(bootstrapServers);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String topic = "bench.scratch." + runId;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            try {
                BenchReport report = produce(topic, new SampleEvents(runId, users));
                report.print(System.out);
                report.write(out);
                return (double) report.metrics().get("produce.errors") == 0 ? 0 : 2;
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private BenchReport produce(String topic, SampleEvents events) {
        var errors = new LongAdder();
        var ackMicros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        long sent = 0;
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        try (var producer = new KafkaProducer<String, byte[]>(AppProducerSettings.of(bootstrapServers))) {
            for (; sent < count && System.nanoTime() < deadline; sent++) {
                var event = events.event(sent);
                byte[] value = InboxJson.mapper().writeValueAsBytes(event);
                long sentAt = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, event.userId(), value), (metadata, failure) -> {
                    ackMicros.recordValue(
                            Math.min(ackMicros.getHighestTrackableValue(), (System.nanoTime() - sentAt) / 1000));
                    if (failure != null) {
                        errors.increment();
                    }
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("produce.records", (double) sent);
        metrics.put("produce.errors", (double) errors.sum());
        metrics.put("produce.recordsPerSec", (sent - errors.sum()) / seconds);
        metrics.putAll(LatencySummary.ofMicros(ackMicros).metrics("produce.ackLatency"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bootstrapServers", bootstrapServers);
        details.put("topic", topic + " (deleted afterwards)");
        details.put("partitions", partitions);
        return new BenchReport("kafka-produce", Instant.now(), metrics, details);
    }
}
