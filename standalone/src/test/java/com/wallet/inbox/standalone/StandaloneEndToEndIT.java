package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.wallet.inbox.schemas.InboxCollections;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The whole standalone in this JVM: embedded broker and H2-backed store on free ports, a temporary data dir. */
@DisabledIfEnvironmentVariable(named = "KAFKA_BOOTSTRAP_SERVERS", matches = ".+", disabledReason = "external services")
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = "external services")
class StandaloneEndToEndIT {

    @TempDir
    Path dataDir;

    private final int[] ports = FreePorts.pick(3);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void deliversTheSampleOnceAndAnswersARepeatWithTheSameMessageId() {
        try (Standalone standalone = start();
                SendInboxScenario scenario = scenario()) {
            String messageId = scenario.sendSampleAndAwaitDelivery();
            scenario.assertRepeatAnswers(messageId);
        }
    }

    @Test
    void keepsMessagesAndRequestIdsAcrossARestart() {
        String messageId;
        try (Standalone standalone = start();
                SendInboxScenario scenario = scenario()) {
            messageId = scenario.sendSampleAndAwaitDelivery();
        }
        try (Standalone restarted = start();
                SendInboxScenario scenario = scenario();
                MongoClient mongo = MongoClients.create(mongoUri())) {
            scenario.assertStored(messageId);
            scenario.assertRepeatAnswers(messageId);
            assertThat(mongo.getDatabase(InboxCollections.DATABASE)
                            .getCollection(InboxCollections.TEMPLATES)
                            .countDocuments(Filters.eq("templateCode", "TP_5800000001xxxx")))
                    .as("seeding again added no template version")
                    .isEqualTo(1);
        }
    }

    /**
     * The app's own readiness turns UP before the worker runs and the demo data is seeded; the standalone's
     * stays out of service until then, so the first sample call after it is accepted.
     */
    @Test
    void isReadyOnlyWhenTheSampleCallCanBeAccepted() throws Exception {
        Standalone standalone = new Standalone();
        CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> standalone.start(arguments()));
        try (standalone;
                SendInboxScenario scenario = scenario()) {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> readinessStatus() == 200);
            scenario.sendSampleAndAwaitDelivery();
            starting.get(1, TimeUnit.MINUTES);
        }
    }

    private Standalone start() {
        Standalone standalone = new Standalone();
        standalone.start(arguments());
        return standalone;
    }

    private String[] arguments() {
        return new String[] {
            "--server.port=" + ports[0],
            "--inbox.standalone.kafka-port=" + ports[1],
            "--inbox.standalone.mongo-port=" + ports[2],
            "--inbox.standalone.data-dir=" + dataDir
        };
    }

    /** The readiness probe's HTTP status, or -1 while nothing listens yet. */
    private int readinessStatus() throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + ports[0] + "/actuator/health/readiness"))
                .build();
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private SendInboxScenario scenario() {
        return new SendInboxScenario(ports[0], mongoUri());
    }

    private String mongoUri() {
        return "mongodb://127.0.0.1:" + ports[2];
    }
}
