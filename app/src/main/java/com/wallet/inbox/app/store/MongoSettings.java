package com.wallet.inbox.app.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The database and the client timeouts: short, so that a store outage answers U in seconds. */
@ConfigurationProperties("inbox.mongodb")
record MongoSettings(String database, Duration serverSelectionTimeout, Duration connectTimeout, Duration readTimeout) {}
