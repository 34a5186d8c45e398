package com.wallet.inbox.standalone.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server configuration of a one-node cluster: one replica of everything, loopback only. */
record BrokerProperties(Path logDir, int port, int controllerPort) {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String HOST = "127.0.0.1";
    static final int DEDUPE_BUFFER_BYTES = 8 * 1024 * 1024;

    BrokerProperties {
        requirePort(port, "kafka port");
        requirePort(controllerPort, "controller port");
        if (port == controllerPort) {
            throw new IllegalArgumentException("The broker and its controller need different ports, both " + port);
        }
    }

    static BrokerProperties forLocalNode(Path logDir, int port, int controllerPort) {
        return new BrokerProperties(logDir.toAbsolutePath(), port, controllerPort);
    }

    String bootstrapServers() {
        return HOST + ":" + port;
    }

    Map<String, String> asMap() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // Static voters: the controller port is not recorded in the metadata log, so it may change between runs.
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put(
                "listeners",
                "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "12");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // After a restart the controller keeps the broker fenced until the previous incarnation's session
        // times out (9 s by default); on a single in-process node that only delays the start.
        props.put("broker.session.timeout.ms", "2000");
        props.put("broker.heartbeat.interval.ms", "500");
        // The log cleaner (it compacts the consumer offsets topic) keeps its dedupe map in one heap array,
        // 128 MiB by default: an eighth of the README's -Xmx1g, held in the old generation for good, which
        // brought G1's concurrent cycles and their remark pauses sooner. The offsets topic has a few
        // thousand keys at most (group, topic, partition); 8 MiB holds some 300,000.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(DEDUPE_BUFFER_BYTES));
        return props;
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The " + name + " must be between 1 and 65535, was " + port);
        }
    }
}
