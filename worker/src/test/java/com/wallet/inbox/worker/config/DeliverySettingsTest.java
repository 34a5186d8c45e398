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
import org.springframework.util.unit.DataSize;

/** A worker with a setting it cannot run with refuses to start, naming the setting. */
class DeliverySettingsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final DataSize KB = DataSize.ofKilobytes(1);
    private static final Duration NO_WAIT = Duration.ZERO;

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
        assertThat(settings.fetchMinSize()).isEqualTo(DataSize.ofKilobytes(32));
        assertThat(settings.fetchMaxWait()).isEqualTo(Duration.ofMillis(100));
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
                .isThrownBy(() -> new DeliverySettings(0, 500, KB, NO_WAIT, SECOND, SECOND, SECOND, SECOND))
                .withMessageContaining("concurrency");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliverySettings(2, 0, KB, NO_WAIT, SECOND, SECOND, SECOND, SECOND))
                .withMessageContaining("max-poll-records");
    }

    @Test
    void refusesABackOffThatShrinks() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new DeliverySettings(2, 500, KB, NO_WAIT, SECOND, SECOND, Duration.ofMillis(500), SECOND))
                .withMessageContaining("back-off");
    }

    @Test
    void refusesAFetchSizeTheConsumerCannotTake() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withFetch(DataSize.ofBytes(-1), NO_WAIT))
                .withMessageContaining("inbox.delivery.fetch-min-size");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withFetch(DataSize.ofGigabytes(3), NO_WAIT))
                .withMessageContaining("inbox.delivery.fetch-min-size");
    }

    @Test
    void refusesAFetchWaitThatIsNegativeOrOutlastsThePoll() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withFetch(KB, Duration.ofMillis(-1)))
                .withMessageContaining("inbox.delivery.fetch-max-wait");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withFetch(KB, SECOND))
                .withMessageContaining("inbox.delivery.fetch-max-wait");
    }

    @Test
    void takesAFetchThatIsAnsweredAtOnce() {
        DeliverySettings settings = withFetch(DataSize.ofBytes(0), NO_WAIT);

        assertThat(settings.fetchMaxWait()).isZero();
    }

    private static DeliverySettings withFetch(DataSize minSize, Duration maxWait) {
        return new DeliverySettings(2, 500, minSize, maxWait, SECOND, SECOND, SECOND, SECOND);
    }

    private static DeliverySettings withCommitInterval(Duration interval) {
        return new DeliverySettings(2, 500, KB, NO_WAIT, interval, SECOND, SECOND, SECOND);
    }
}
