package com.wallet.inbox.worker.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.LinkedHashMap;
import java.util.Map;
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
        var properties = workerProperties(mongoUri);
        properties.forEach((name, value) -> registry.add(name, () -> value));
        return properties.get("inbox.kafka.topic");
    }

    /**
     * The worker's settings for a test: its own topics, consumer group and database, so that test classes
     * never share partitions or data; quick retries and small batches.
     */
    public static Map<String, String> workerProperties(String mongoUri) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var topic = "inbox.send.it-" + suffix;
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.kafka.consumer.group-id", "inbox-worker-it-" + suffix);
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("inbox.mongodb.database", "inbox_it_" + suffix);
        properties.put("inbox.kafka.topic", topic);
        properties.put("inbox.kafka.dead-letter-topic", topic + ".dlt");
        properties.put("inbox.kafka.partitions", String.valueOf(PARTITIONS));
        properties.put("inbox.delivery.initial-back-off", "100ms");
        properties.put("inbox.delivery.max-back-off", "1s");
        properties.put("inbox.delivery.max-poll-records", "50");
        return properties;
    }

    private static String startBroker() {
        var broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        // One broker: the transaction log must fit on it, as in compose and the standalone.
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
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
