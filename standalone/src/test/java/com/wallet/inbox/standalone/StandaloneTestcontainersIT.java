package com.wallet.inbox.standalone;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The standalone in front of a real MongoDB and a real Apache Kafka broker. {@code @ServiceConnection}
 * does not fit here: it feeds a Spring test context, and the standalone builds its own contexts, so the
 * containers' addresses go in as the command-line arguments a user would pass.
 */
@Testcontainers(disabledWithoutDocker = true)
class StandaloneTestcontainersIT {

    @Container
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

    @Test
    void deliversTheSampleOnceAndAnswersARepeatWithTheSameMessageId() {
        int serverPort = FreePorts.pick(1)[0];
        String mongoUri = mongo.getReplicaSetUrl("inbox");
        try (Standalone standalone = new Standalone();
                SendInboxScenario scenario = new SendInboxScenario(serverPort, mongoUri)) {
            standalone.start(
                    "--server.port=" + serverPort,
                    "--spring.kafka.bootstrap-servers=" + kafka.getBootstrapServers(),
                    "--spring.mongodb.uri=" + mongoUri);
            String messageId = scenario.sendSampleAndAwaitDelivery();
            scenario.assertRepeatAnswers(messageId);
        }
    }
}
