package com.wallet.inbox.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** A worker with a setting it cannot run with refuses to start, naming the setting. */
class DeliverySettingsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    /** The defaults the worker ships with, bound as Spring binds them at startup. */
    @Test
    void theShippedDefaultsBind() throws IOException {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("inbox-worker.properties"));

        DeliverySettings settings = new Binder(new MapConfigurationPropertySource(shipped))
                .bind("inbox.delivery", DeliverySettings.class)
                .get();

        assertThat(settings.commitInterval()).isEqualTo(SECOND);
        assertThat(settings.concurrency()).isEqualTo(2);
        assertThat(settings.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesACommitIntervalThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withCommitInterval(Duration.ZERO))
                .withMessageContaining("inbox.delivery.commit-interval");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withCommitInterval(Duration.ofMillis(-1)))
                .withMessageContaining("inbox.delivery.commit-interval");
    }

    @Test
    void refusesNoConsumersOrEmptyBatches() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliverySettings(0, 500, SECOND, SECOND, SECOND, SECOND))
                .withMessageContaining("concurrency");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliverySettings(2, 0, SECOND, SECOND, SECOND, SECOND))
                .withMessageContaining("max-poll-records");
    }

    @Test
    void refusesABackOffThatShrinks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliverySettings(2, 500, SECOND, SECOND, Duration.ofMillis(500), SECOND))
                .withMessageContaining("back-off");
    }

    private static DeliverySettings withCommitInterval(Duration interval) {
        return new DeliverySettings(2, 500, interval, SECOND, SECOND, SECOND);
    }
}
