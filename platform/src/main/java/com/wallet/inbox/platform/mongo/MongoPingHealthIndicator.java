package com.wallet.inbox.platform.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, which both real MongoDB and the embedded MongoDB-wire store
 * (mongo-java-server) answer. It replaces Spring Boot's own indicator, which sends {@code hello}: the
 * embedded store lacks that command, so Boot's indicator is switched off in both services' properties.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
