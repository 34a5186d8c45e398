package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    @Test
    void keepsWholeSeconds() {
        assertThat(new RetentionSettings(Duration.ofDays(365)).messagesSeconds())
                .isEqualTo(31_536_000L);
    }

    @Test
    void refusesAPeriodMongoDbCannotHold() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionSettings(Duration.ZERO))
                .withMessageContaining("INBOX_RETENTION_MESSAGES");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetentionSettings(Duration.ofMillis(999)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetentionSettings(Duration.ofDays(-1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionSettings(Duration.ofSeconds(Integer.MAX_VALUE + 1L)));
    }
}
