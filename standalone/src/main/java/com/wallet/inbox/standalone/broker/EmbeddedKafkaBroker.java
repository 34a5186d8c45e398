package com.wallet.inbox.standalone.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * A single-node KRaft cluster on fixed local ports whose log directory survives restarts, so events
 * accepted but not yet consumed are still there next time. spring-kafka's embedded brokers pick random
 * ports and throw their data away, hence Kafka's own server classes.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats {@code logDir} on first use, starts the broker and returns once it answers clients. */
    public static EmbeddedKafkaBroker start(Path logDir, int port) {
        BrokerProperties properties = BrokerProperties.forLocalNode(logDir, port, LocalPorts.pickFree());
        KafkaConfig config = new KafkaConfig(properties.asMap());
        StorageFormat.formatIfNeeded(logDir, properties);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        startOrStop(server, properties);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, properties.bootstrapServers());
        broker.awaitReady();
        log.info("Kafka broker listening on {} (log dirs {})", broker.bootstrapServers, logDir);
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker cleanly, so that the next start does not have to recover its logs. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker stopped");
    }

    /** A half-started server (say, the controller up, the broker port taken) must not linger. */
    private static void startOrStop(KafkaRaftServer server, BrokerProperties properties) {
        try {
            server.startup();
        } catch (RuntimeException e) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new IllegalStateException(
                    "Kafka broker could not start on " + properties.bootstrapServers() + ": "
                            + NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                    e);
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("Kafka broker on " + bootstrapServers + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
