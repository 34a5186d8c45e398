package com.wallet.inbox.standalone.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    private final BrokerProperties properties = BrokerProperties.forLocalNode(Path.of("/data/kafka"), 9092, 40000);

    @Test
    void aCombinedNodeOnLoopbackWithOneReplicaOfEverything() {
        assertThat(properties.asMap())
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:40000")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40000")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("log.dirs", "/data/kafka")
                .containsEntry("num.partitions", "12")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
        assertThat(properties.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void theConfigurationIsAcceptedByKafka() {
        new kafka.server.KafkaConfig(properties.asMap());
    }

    /** Kafka's default, 128 MiB of heap for good, would be an eighth of the standalone's -Xmx1g. */
    @Test
    void theLogCleanersDedupeBufferIsSmallAndKafkaTakesIt() {
        var config = new kafka.server.KafkaConfig(properties.asMap());

        assertThat(config.getLong("log.cleaner.dedupe.buffer.size")).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void rejectsPortsOutOfRange() {
        assertThatThrownBy(() -> BrokerProperties.forLocalNode(Path.of("d"), 0, 40000))
                .hasMessageContaining("kafka port");
        assertThatThrownBy(() -> BrokerProperties.forLocalNode(Path.of("d"), 9092, 70000))
                .hasMessageContaining("controller port");
    }

    @Test
    void rejectsTheSamePortForBrokerAndController() {
        assertThatThrownBy(() -> BrokerProperties.forLocalNode(Path.of("d"), 9092, 9092))
                .hasMessageContaining("different ports");
    }
}
