package com.wallet.inbox.app.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's MongoDB indicator, which uses the {@code hello} command that the embedded
 * MongoDB-wire store lacks; {@code ping} works on both.
 */
@Component("mongoPing")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
