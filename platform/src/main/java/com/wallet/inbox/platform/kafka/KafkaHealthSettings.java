package com.wallet.inbox.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param kafkaTimeout how long the readiness check waits for the brokers to describe the cluster; short,
 *     because a probe that hangs is worse than one that says DOWN
 */
@ConfigurationProperties("inbox.health")
record KafkaHealthSettings(Duration kafkaTimeout) {

    KafkaHealthSettings {
        // The admin client takes the timeout as int milliseconds.
        if (kafkaTimeout.isNegative() || kafkaTimeout.isZero() || kafkaTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("inbox.health.kafka-timeout must be positive");
        }
    }
}
