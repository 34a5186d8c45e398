package com.wallet.inbox.worker.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The worker's MongoDB database and how long an operation may wait before it counts as an outage.
 * Short timeouts matter: a failed batch is retried with back-off, so an outage should answer quickly.
 */
@ConfigurationProperties("inbox.mongodb")
record MongoSettings(String database, Duration serverSelectionTimeout, Duration socketTimeout) {

    MongoSettings {
        if (database.isBlank()) {
            throw new IllegalArgumentException("inbox.mongodb.database must not be blank");
        }
    }
}
