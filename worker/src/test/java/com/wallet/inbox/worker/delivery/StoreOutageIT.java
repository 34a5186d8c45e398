package com.wallet.inbox.worker.delivery;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.worker.InboxWorkerApplication;
import com.wallet.inbox.worker.support.TestData;
import com.wallet.inbox.worker.support.TestKafka;
import com.wallet.inbox.worker.support.TestServices;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store goes away while a long stream arrives and comes back on the same port with the same data:
 * the worker keeps retrying the batches it holds without committing them, and ends with every event
 * stored exactly once. Always runs on a store of its own, since it has to stop it.
 */
@SpringBootTest(classes = InboxWorkerApplication.class)
class StoreOutageIT {

    private static final int STREAM = 3000;

    // MongoServer.shutdownNow closes its backend, which empties a MemoryBackend; this one survives, like
    // the disk of a real MongoDB that restarts.
    private static final MemoryBackend backend = new MemoryBackend() {
        @Override
        public void close() {}
    };
    private static MongoServer store = new MongoServer(backend);
    private static int port;
    private static String topic;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        store.bind("127.0.0.1", 0);
        port = store.getLocalAddress().getPort();
        topic = TestServices.register(registry, "mongodb://127.0.0.1:" + port);
        registry.add("inbox.mongodb.server-selection-timeout", () -> "1s");
    }

    @AfterAll
    static void stopStore() {
        store.shutdownNow();
    }

    @Autowired
    MongoDatabase database;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    ConsumerFactory<?, ?> consumerFactory;

    @Test
    void everyEventIsStoredExactlyOnceAcrossAnOutage() throws Exception {
        // A safety net for a slow machine, not a speed requirement.
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
        TestData.seedTemplate(database);
        var messages = database.getCollection(InboxCollections.MESSAGES);
        var sent = new ArrayList<String>();
        try (var kafka = new TestKafka(topic + ".dlt");
                var admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            send(kafka, TestData.greetings(10, 10, "before"), sent);
            await().until(() -> messages.countDocuments(in("_id", sent)) == sent.size());
            await().until(() -> committed(admin) == sent.size());

            store.shutdownNow();
            var retriesBefore = retries();
            send(kafka, TestData.greetings(STREAM, 300, "during"), sent);
            // The worker holds batches of the stream and keeps failing to store them.
            await().until(() -> retries() >= retriesBefore + 3);
            assertThat(committed(admin))
                    .as("offsets committed during the outage")
                    .isEqualTo(10);

            store = new MongoServer(backend);
            store.bind("127.0.0.1", port);

            await().until(() -> messages.countDocuments() >= sent.size());
            assertThat(messages.distinct("_id", String.class).into(new ArrayList<>()))
                    .containsExactlyInAnyOrderElementsOf(sent);
            await().until(() -> committed(admin) == sent.size());
            assertThat(kafka.deadLetters()).isEmpty();
        }
    }

    private double retries() {
        return meters.find("inbox.worker.batch.retries").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    /** The worker group's committed offsets on the topic, summed: the records it has finished with. */
    private long committed(Admin admin) throws Exception {
        var group = (String) consumerFactory.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG);
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset())
                .sum();
    }

    private static void send(TestKafka kafka, List<InboxSendEvent> events, List<String> sent) {
        kafka.sendAll(topic, events);
        events.forEach(event -> sent.add(event.messageId()));
    }
}
