package com.wallet.inbox.platform.mongo;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The database and the client timeouts: short, so that a store outage shows in seconds (the app answers
 * U, the worker retries its batch with back-off).
 *
 * @param connectTimeout {@code inbox.mongodb.connect-timeout}, else the server-selection timeout
 * @param readTimeout how long one operation waits for its answer: {@code inbox.mongodb.read-timeout}, or
 *     {@code inbox.mongodb.socket-timeout}, the driver's older name for it that the worker's configuration uses
 */
@ConfigurationProperties("inbox.mongodb")
record MongoSettings(String database, Duration serverSelectionTimeout, Duration connectTimeout, Duration readTimeout) {

    MongoSettings {
        if (database.isBlank()) {
            throw new IllegalArgumentException("inbox.mongodb.database must not be blank");
        }
    }

    /** What {@code inbox.mongodb.*} binds to: the properties as the app and the worker name them. */
    @ConstructorBinding
    MongoSettings(
            @Nullable String database,
            @Nullable Duration serverSelectionTimeout,
            @Nullable Duration connectTimeout,
            @Nullable Duration readTimeout,
            @Nullable Duration socketTimeout) {
        this(
                required(database, "database"),
                required(serverSelectionTimeout, "server-selection-timeout"),
                connectTimeout != null ? connectTimeout : serverSelectionTimeout,
                required(readTimeout != null ? readTimeout : socketTimeout, "read-timeout"));
    }

    private static <T> T required(@Nullable T value, String property) {
        if (value == null) {
            throw new IllegalArgumentException("inbox.mongodb." + property + " must be set");
        }
        return value;
    }
}
