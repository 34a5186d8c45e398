package com.wallet.inbox.worker.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a delivered message stays in {@code inbox_messages}, counted from its deliveredAt. MongoDB
 * keeps a TTL in whole seconds as a 32-bit number, hence the upper bound (about 68 years).
 */
@ConfigurationProperties("inbox.retention")
record RetentionSettings(Duration messages) {

    RetentionSettings {
        if (messages.getSeconds() < 1 || messages.getSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "inbox.retention.messages (INBOX_RETENTION_MESSAGES) must be between 1s and " + Integer.MAX_VALUE
                            + "s");
        }
    }

    long messagesSeconds() {
        return messages.getSeconds();
    }
}
