package com.wallet.inbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.platform.kafka.PlatformKafkaHealthConfiguration;
import com.wallet.inbox.platform.mongo.PlatformMongoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Both configurations as the app and the worker import them, against a real in-JVM KRaft broker and the
 * embedded MongoDB-wire store: the indicators carry the names the readiness groups include, and follow
 * the services.
 */
class PlatformHealthIT {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void mongoPingAndKafkaAreUpWhileTheServicesAnswerAndMongoPingGoesDownWithTheStore() {
        MongoServer store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", 0);
        try {
            contexts()
                    .withPropertyValues(
                            "spring.mongodb.uri=mongodb://127.0.0.1:"
                                    + store.getLocalAddress().getPort(),
                            "inbox.mongodb.database=platform_it")
                    .run(context -> {
                        HealthIndicator mongoPing = context.getBean("mongoPing", HealthIndicator.class);
                        HealthIndicator kafka = context.getBean("kafka", HealthIndicator.class);

                        var mongoHealth = mongoPing.health(true);
                        assertThat(mongoHealth.getStatus()).isEqualTo(Status.UP);
                        assertThat(mongoHealth.getDetails()).containsEntry("database", "platform_it");
                        var kafkaHealth = kafka.health(true);
                        assertThat(kafkaHealth.getStatus())
                                .as(kafkaHealth.toString())
                                .isEqualTo(Status.UP);
                        assertThat(kafkaHealth.getDetails())
                                .containsEntry("nodes", 1)
                                .containsKey("clusterId");

                        store.shutdownNow();

                        assertThat(mongoPing.health(true).getStatus()).isEqualTo(Status.DOWN);
                    });
        } finally {
            store.shutdownNow();
        }
    }

    private static ApplicationContextRunner contexts() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
                .withUserConfiguration(PlatformMongoConfiguration.class, PlatformKafkaHealthConfiguration.class)
                .withBean(
                        KafkaAdmin.class,
                        () -> new KafkaAdmin(
                                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString())))
                .withPropertyValues(
                        // Short, so that the store's absence shows at once: the customizer reaches the client.
                        "inbox.mongodb.server-selection-timeout=1s",
                        "inbox.mongodb.read-timeout=5s",
                        "inbox.health.kafka-timeout=10s");
    }
}
