package com.wallet.inbox.worker.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long the Kafka health check waits for the cluster to answer before it reports DOWN. */
@ConfigurationProperties("inbox.health")
record HealthSettings(Duration kafkaTimeout) {

    HealthSettings {
        if (kafkaTimeout.isNegative() || kafkaTimeout.isZero() || kafkaTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("inbox.health.kafka-timeout must be positive");
        }
    }
}
