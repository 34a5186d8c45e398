package com.wallet.inbox.worker.delivery;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.worker.InboxWorkerApplication;
import com.wallet.inbox.worker.support.TestData;
import com.wallet.inbox.worker.support.TestKafka;
import com.wallet.inbox.worker.support.TestServices;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store goes away mid-stream and comes back on the same port with the same data: the worker waits,
 * commits nothing it has not stored, and ends with every event stored exactly once. Always runs on a
 * store of its own, since it has to stop it.
 */
@SpringBootTest(classes = InboxWorkerApplication.class)
class StoreOutageIT {

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

    @Test
    void everyEventIsStoredExactlyOnceAcrossAnOutage() {
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
        TestData.seedTemplate(database);
        var messages = database.getCollection(InboxCollections.MESSAGES);
        var sent = new ArrayList<String>();
        try (var kafka = new TestKafka(topic + ".dlt")) {
            sendEvents(kafka, 0, sent);
            await().until(() -> messages.countDocuments(in("_id", sent)) == sent.size());

            store.shutdownNow();
            var batchesBefore = batches();
            sendEvents(kafka, 1, sent);
            // The worker has received the new events and is failing to store them.
            await().until(() -> batches() > batchesBefore);

            store = new MongoServer(backend);
            store.bind("127.0.0.1", port);

            await().until(() -> messages.countDocuments(in("_id", sent)) == sent.size());
            assertThat(messages.countDocuments()).isEqualTo(sent.size());
            assertThat(kafka.deadLetters()).isEmpty();
        }
    }

    private long batches() {
        return meters.get("inbox.worker.batch.size").summary().count();
    }

    private static void sendEvents(TestKafka kafka, int round, List<String> sent) {
        IntStream.range(0, 10).forEach(i -> {
            InboxSendEvent event =
                    TestData.event("u-" + i, 1, List.of(new ContentTemplate("en-US", Map.of("who", "round " + round))));
            kafka.send(topic, event.userId(), TestData.json(event));
            sent.add(event.messageId());
        });
    }
}
