package com.wallet.inbox.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A worker with a setting it cannot run with refuses to start, naming the setting. */
class DeliverySettingsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void takesTheDefaults() {
        var settings = new DeliverySettings(2, 500, SECOND, Duration.ofMillis(500), Duration.ofSeconds(10), SECOND);

        assertThat(settings.commitInterval()).isEqualTo(SECOND);
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
