package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.wallet.inbox.schemas.InboxCollections;
import java.nio.file.Path;
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

    private Standalone start() {
        Standalone standalone = new Standalone();
        standalone.start(
                "--server.port=" + ports[0],
                "--inbox.standalone.kafka-port=" + ports[1],
                "--inbox.standalone.mongo-port=" + ports[2],
                "--inbox.standalone.data-dir=" + dataDir);
        return standalone;
    }

    private SendInboxScenario scenario() {
        return new SendInboxScenario(ports[0], mongoUri());
    }

    private String mongoUri() {
        return "mongodb://127.0.0.1:" + ports[2];
    }
}
