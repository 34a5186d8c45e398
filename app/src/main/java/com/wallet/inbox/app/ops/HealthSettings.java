package com.wallet.inbox.app.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param kafkaTimeout how long the readiness check waits for the brokers to describe the cluster; short,
 *     because a probe that hangs is worse than one that says DOWN
 */
@ConfigurationProperties("inbox.health")
record HealthSettings(Duration kafkaTimeout) {

    HealthSettings {
        if (kafkaTimeout.isNegative() || kafkaTimeout.isZero()) {
            throw new IllegalArgumentException("inbox.health.kafka-timeout must be positive");
        }
    }
}
