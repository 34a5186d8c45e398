package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.standalone.broker.EmbeddedKafkaBroker;
import com.wallet.inbox.standalone.fault.Delivery;
import com.wallet.inbox.standalone.fault.MerchantStream;
import com.wallet.inbox.standalone.store.EmbeddedMongoStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka broker stops in the middle of a stream of calls and starts again on the same port and log
 * directory, under the standalone's app and worker. Calls answered U (or not at all) meanwhile are
 * retried with the same requestId; in the end every requestId is accepted, every accepted message is
 * stored exactly once, and a repeat answers the first messageId.
 */
class StandaloneBrokerOutageIT {

    private static final int REQUESTS = 3000;
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    private final int[] ports = FreePorts.pick(3);
    private @Nullable EmbeddedKafkaBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyAcceptedCallIsStoredOnceAcrossABrokerRestart() throws Exception {
        Path logDir = dataDir.resolve("kafka");
        broker = EmbeddedKafkaBroker.start(logDir, ports[1]);
        String kafka = broker.bootstrapServers();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.inMemory(ports[2]);
                Standalone standalone = start(kafka, store.connectionString(InboxCollections.DATABASE));
                MerchantStream merchants = new MerchantStream(List.of(app()), "broker-outage", REQUESTS, CLIENTS)) {
            merchants.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> merchants.accepted() >= REQUESTS / 4);
            broker.close();
            broker = null;
            // The publish timeout (10 s) answers the calls in flight with U.
            await().atMost(Duration.ofMinutes(1)).until(() -> merchants.unanswered() > 0);
            assertThat(merchants.isDone()).as("the stream is still running").isFalse();

            broker = EmbeddedKafkaBroker.start(logDir, ports[1]);
            Map<String, String> accepted = merchants.awaitAllAccepted();
            merchants.assertRepeatsAnswerTheSameMessageIds();
            Delivery.assertStoredExactlyOnce(kafka, store.connectionString(InboxCollections.DATABASE), accepted);
        }
    }

    /** The app and the worker of the standalone, on the broker and store this test stops and starts. */
    private Standalone start(String kafka, String mongoUri) {
        Standalone standalone = new Standalone();
        standalone.start(
                "--server.port=" + ports[0],
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.mongodb.uri=" + mongoUri,
                "--inbox.standalone.data-dir=" + dataDir);
        return standalone;
    }

    private URI app() {
        return URI.create("http://127.0.0.1:" + ports[0]);
    }
}
