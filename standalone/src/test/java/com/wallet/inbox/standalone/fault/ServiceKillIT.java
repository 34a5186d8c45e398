package com.wallet.inbox.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.standalone.FreePorts;
import com.wallet.inbox.standalone.broker.EmbeddedKafkaBroker;
import com.wallet.inbox.standalone.demo.DemoSeeder;
import com.wallet.inbox.standalone.store.EmbeddedMongoStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and the worker as the separate processes they are in production, killed with SIGKILL in the
 * middle of a stream of calls while Kafka and MongoDB (here in the test's JVM) live on. Merchants retry
 * what got no answer; an orchestrator starts a replacement. Nothing accepted is lost, nothing is stored
 * twice.
 */
class ServiceKillIT {

    private static final int REQUESTS = 3000;
    private static final int CLIENTS = 8;
    private static final String ADMIN_TOKEN = "fault-admin-token";
    /** Set empty: plain text in the log files rather than ECS JSON. */
    private static final String PLAIN_LOGS = "LOGGING_STRUCTURED_FORMAT_CONSOLE";

    @TempDir
    Path dataDir;

    private EmbeddedKafkaBroker broker;
    private EmbeddedMongoStore store;
    private final List<JarProcess> processes = new ArrayList<>();

    @BeforeEach
    void startKafkaAndMongo() {
        int[] ports = FreePorts.pick(2);
        broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), ports[0]);
        store = EmbeddedMongoStore.inMemory(ports[1]);
    }

    @AfterEach
    void stopEverything() {
        processes.forEach(JarProcess::close);
        broker.close();
        store.close();
    }

    @Test
    void aWorkerKilledMidStreamLosesNothingAndStoresNothingTwice() throws Exception {
        int appPort = FreePorts.pick(1)[0];
        URI app = local(appPort);
        JarProcess killed = startWorker();
        awaitReady(startApp(appPort), killed, startWorker());
        new DemoSeeder(app, ADMIN_TOKEN).seed();
        try (MerchantStream merchants = new MerchantStream(List.of(app), "worker-kill", REQUESTS, CLIENTS);
                MongoClient mongo = MongoClients.create(mongoUri())) {
            merchants.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> storedMessages(mongo) >= REQUESTS / 4);
            killed.kill();
            assertThat(merchants.isDone()).as("the stream is still running").isFalse();
            startWorker().awaitReady();
            Map<String, String> accepted = merchants.awaitAllAccepted();
            merchants.assertRepeatsAnswerTheSameMessageIds();
            Delivery.assertStoredExactlyOnce(broker.bootstrapServers(), mongoUri(), accepted);
        }
    }

    @Test
    void anAppKilledMidStreamLosesNothingAndStoresNothingTwice() throws Exception {
        int[] ports = FreePorts.pick(2);
        JarProcess killed = startApp(ports[0]);
        awaitReady(killed, startApp(ports[1]), startWorker());
        List<URI> apps = List.of(local(ports[0]), local(ports[1]));
        new DemoSeeder(apps.get(0), ADMIN_TOKEN).seed();
        try (MerchantStream merchants = new MerchantStream(apps, "app-kill", REQUESTS, CLIENTS)) {
            merchants.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> merchants.accepted() >= REQUESTS / 4);
            killed.kill();
            assertThat(merchants.isDone()).as("the stream is still running").isFalse();
            // The replacement, on the same port as a restarted container would be.
            JarProcess replacement = startApp(ports[0]);
            Map<String, String> accepted = merchants.awaitAllAccepted();
            assertThat(merchants.unanswered())
                    .as("calls the kill left unanswered")
                    .isPositive();
            replacement.awaitReady();
            merchants.assertRepeatsAnswerTheSameMessageIds();
            Delivery.assertStoredExactlyOnce(broker.bootstrapServers(), mongoUri(), accepted);
        }
    }

    /** Side by side, as an orchestrator starts them: the JVMs start in parallel. */
    private static void awaitReady(JarProcess... started) {
        for (JarProcess process : started) {
            process.awaitReady();
        }
    }

    private JarProcess startApp(int port) {
        JarProcess app = JarProcess.start(
                "app",
                JarProcess.jar("app", "inbox-app.jar"),
                Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        broker.bootstrapServers(),
                        "MONGODB_URI",
                        mongoUri(),
                        "SERVER_PORT",
                        String.valueOf(port),
                        "INBOX_ADMIN_TOKEN",
                        ADMIN_TOKEN,
                        "INBOX_READER_TOKEN",
                        "fault-reader-token",
                        PLAIN_LOGS,
                        ""),
                List.of());
        processes.add(app);
        return app.readyWhenOk(local(port).resolve("/actuator/health/readiness"));
    }

    private JarProcess startWorker() {
        int port = FreePorts.pick(1)[0];
        JarProcess worker = JarProcess.start(
                "worker",
                JarProcess.jar("worker", "inbox-worker.jar"),
                Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        broker.bootstrapServers(),
                        "MONGODB_URI",
                        mongoUri(),
                        "WORKER_PORT",
                        String.valueOf(port),
                        PLAIN_LOGS,
                        ""),
                // A killed worker's partitions wait for its session to expire (45 s by default) before
                // another worker takes them; shorter only makes the test quicker.
                List.of("--spring.kafka.consumer.properties.session.timeout.ms=10000"));
        processes.add(worker);
        return worker.readyWhenOk(local(port).resolve("/actuator/health/readiness"));
    }

    private long storedMessages(MongoClient mongo) {
        return mongo.getDatabase(InboxCollections.DATABASE)
                .getCollection(InboxCollections.MESSAGES)
                .countDocuments();
    }

    private String mongoUri() {
        return store.connectionString(InboxCollections.DATABASE);
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
