package com.wallet.inbox.standalone;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded broker and store keep their data and listen. The data directory is bound as text:
 * Spring's Path conversion would look for a class-path resource of that name first.
 */
@ConfigurationProperties("inbox.standalone")
record StandaloneSettings(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("27017") int mongoPort,
        @DefaultValue("9092") int kafkaPort,
        @DefaultValue("h2") Store store) {

    enum Store {
        /** On disk under the data directory; survives restarts. */
        H2,
        /** Gone at shutdown; for benchmarks. */
        MEMORY
    }

    StandaloneSettings {
        requireDirectory(dataDir);
        requirePort(mongoPort, "inbox.standalone.mongo-port");
        requirePort(kafkaPort, "inbox.standalone.kafka-port");
        if (mongoPort == kafkaPort) {
            throw new IllegalArgumentException(
                    "inbox.standalone.mongo-port and inbox.standalone.kafka-port must differ");
        }
    }

    Path kafkaLogDir() {
        return Path.of(dataDir, "kafka");
    }

    Path mongoFile() {
        return Path.of(dataDir, "mongo.mv");
    }

    private static void requireDirectory(String dataDir) {
        if (dataDir.isBlank()) {
            throw new IllegalArgumentException("inbox.standalone.data-dir must not be blank");
        }
        try {
            Path.of(dataDir);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("inbox.standalone.data-dir is not a valid path: " + dataDir, e);
        }
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
        }
    }
}
