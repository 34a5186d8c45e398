package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that fails half-way releases what it had already started. */
class StandaloneStartupFailureIT {

    @TempDir
    Path dataDir;

    @Test
    void aTakenKafkaPortFailsTheStartAndReleasesTheStore() throws IOException {
        int[] ports = FreePorts.pick(2);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Standalone standalone = new Standalone();
            assertThatThrownBy(() -> standalone.start(
                            "--server.port=" + ports[0],
                            "--inbox.standalone.kafka-port=" + taken.getLocalPort(),
                            "--inbox.standalone.mongo-port=" + ports[1],
                            "--inbox.standalone.data-dir=" + dataDir))
                    .hasStackTraceContaining("Kafka broker could not start on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThatCode(() -> new ServerSocket(ports[1], 1, InetAddress.getByName("127.0.0.1")).close())
                .as("the store's port is free again")
                .doesNotThrowAnyException();
    }
}
