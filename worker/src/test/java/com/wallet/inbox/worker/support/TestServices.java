package com.wallet.inbox.worker.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB-wire store the integration tests run against: the services named by
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI} when both are set, otherwise a real in-JVM
 * KRaft broker and mongo-java-server, started once per test JVM. Each test class gets its own topics and
 * database, so classes never see each other's data, on shared services too.
 */
public final class TestServices {

    public static final int PARTITIONS = 3;

    private static String kafka;
    private static String mongo;

    private TestServices() {}

    public static boolean external() {
        return System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null && System.getenv("MONGODB_URI") != null;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = external() ? System.getenv("KAFKA_BOOTSTRAP_SERVERS") : startBroker();
        }
        return kafka;
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = external() ? System.getenv("MONGODB_URI") : startStore();
        }
        return mongo;
    }

    /** Points the worker at the services, with topics and a database of its own; returns the topic name. */
    public static String register(DynamicPropertyRegistry registry, String mongoUri) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var topic = "inbox.send.it-" + suffix;
        registry.add("spring.kafka.bootstrap-servers", TestServices::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoUri);
        registry.add("inbox.mongodb.database", () -> "inbox_it_" + suffix);
        registry.add("inbox.kafka.topic", () -> topic);
        registry.add("inbox.kafka.dead-letter-topic", () -> topic + ".dlt");
        registry.add("inbox.kafka.partitions", () -> PARTITIONS);
        registry.add("inbox.delivery.initial-back-off", () -> "100ms");
        registry.add("inbox.delivery.max-back-off", () -> "1s");
        registry.add("inbox.delivery.max-poll-records", () -> 50);
        return topic;
    }

    private static String startBroker() {
        var broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }

    private static String startStore() {
        var server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
