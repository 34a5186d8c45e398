package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class StandaloneSettingsTest {

    @Test
    void defaultsMatchTheDocumentedOnes() {
        StandaloneSettings settings = bind(Map.of());

        assertThat(settings.dataDir()).isEqualTo("./data");
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.store()).isEqualTo(StandaloneSettings.Store.H2);
        assertThat(settings.kafkaLogDir()).isEqualTo(Path.of("./data/kafka"));
        assertThat(settings.mongoFile()).isEqualTo(Path.of("./data/mongo.mv"));
    }

    @Test
    void bindsTheCommandLineSpelling() {
        StandaloneSettings settings = bind(Map.of(
                "inbox.standalone.data-dir", "/tmp/x",
                "inbox.standalone.mongo-port", "1",
                "inbox.standalone.kafka-port", "65535",
                "inbox.standalone.store", "memory"));

        assertThat(settings.kafkaLogDir()).isEqualTo(Path.of("/tmp/x/kafka"));
        assertThat(settings.mongoPort()).isEqualTo(1);
        assertThat(settings.kafkaPort()).isEqualTo(65535);
        assertThat(settings.store()).isEqualTo(StandaloneSettings.Store.MEMORY);
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.kafka-port", "0")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("inbox.standalone.kafka-port");
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.mongo-port", "65536")))
                .rootCause()
                .hasMessageContaining("inbox.standalone.mongo-port");
    }

    @Test
    void rejectsTheSamePortForBrokerAndStore() {
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.kafka-port", "27017")))
                .rootCause()
                .hasMessageContaining("must differ");
    }

    @Test
    void rejectsABlankOrInvalidDataDirectory() {
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.data-dir", " ")))
                .rootCause()
                .hasMessageContaining("inbox.standalone.data-dir");
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.data-dir", "a\u0000b")))
                .hasStackTraceContaining("inbox.standalone.data-dir is not a valid path");
    }

    @Test
    void rejectsAnUnknownStore() {
        assertThatThrownBy(() -> bind(Map.of("inbox.standalone.store", "postgres")))
                .isInstanceOf(BindException.class);
    }

    private static StandaloneSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("inbox.standalone", StandaloneSettings.class);
    }
}
