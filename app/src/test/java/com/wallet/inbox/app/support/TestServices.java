package com.wallet.inbox.app.support;

import com.wallet.inbox.schemas.InboxTopics;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker and MongoDB-wire store the ITs run against: the services named by
 * KAFKA_BOOTSTRAP_SERVERS and MONGODB_URI when both are set, else a real in-JVM KRaft broker and
 * mongo-java-server, started once per JVM.
 */
public final class TestServices {

    private static String bootstrapServers;
    private static String mongoUri;

    private TestServices() {}

    public static synchronized String bootstrapServers() {
        start();
        return bootstrapServers;
    }

    public static synchronized String mongoUri() {
        start();
        return mongoUri;
    }

    public static boolean external() {
        return System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null && System.getenv("MONGODB_URI") != null;
    }

    private static void start() {
        if (bootstrapServers != null) {
            return;
        }
        if (external()) {
            bootstrapServers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            mongoUri = System.getenv("MONGODB_URI");
            return;
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 12, InboxTopics.SEND);
        broker.afterPropertiesSet();
        bootstrapServers = broker.getBrokersAsString();
        mongoUri = startMongo() + "/inbox";
    }

    /** A store of its own, e.g. for a test that shuts it down. */
    public static MongoServer newMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    public static String uriOf(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    private static String startMongo() {
        return uriOf(newMongoServer());
    }
}
