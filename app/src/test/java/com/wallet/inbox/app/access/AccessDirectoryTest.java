package com.wallet.inbox.app.access;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.TestServices;
import com.wallet.inbox.schemas.InboxCollections;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache serves repeated lookups, never caches a miss, and forgets an entry at once when evicted. */
class AccessDirectoryTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private AccessDirectory directory;

    @BeforeEach
    void start() {
        server = TestServices.newMongoServer();
        client = MongoClients.create(TestServices.uriOf(server));
        database = client.getDatabase("inbox");
        directory = new AccessDirectory(database, new CacheSettings(Duration.ofHours(1), 100));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aCachedTokenIsServedUntilEvicted() {
        database.getCollection(InboxCollections.ACCESS_TOKENS)
                .insertOne(new Document("_id", TokenHash.of("t-1"))
                        .append("authClientId", "c")
                        .append("userId", "u"));
        assertThat(directory.token("t-1")).isPresent();

        database.getCollection(InboxCollections.ACCESS_TOKENS).deleteOne(eq("_id", TokenHash.of("t-1")));
        assertThat(directory.token("t-1")).as("served from the cache").isPresent();

        directory.evictToken("t-1");
        assertThat(directory.token("t-1")).isEmpty();
    }

    @Test
    void aMissIsNotCached() {
        assertThat(directory.client("c")).isEmpty();

        database.getCollection(InboxCollections.CLIENTS)
                .insertOne(new Document("_id", "c").append("name", "n").append("status", "ACTIVE"));

        assertThat(directory.client("c"))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo("ACTIVE"));
    }

    @Test
    void clientAndUserChangesAreSeenAfterEviction() {
        var clients = database.getCollection(InboxCollections.CLIENTS);
        var users = database.getCollection(InboxCollections.USERS);
        clients.insertOne(new Document("_id", "c").append("status", "ACTIVE"));
        users.insertOne(new Document("_id", "u").append("status", "ACTIVE"));
        assertThat(directory.client("c").orElseThrow().status()).isEqualTo("ACTIVE");
        assertThat(directory.userStatus("u")).contains("ACTIVE");

        clients.updateOne(eq("_id", "c"), new Document("$set", new Document("status", "DISABLED")));
        users.updateOne(eq("_id", "u"), new Document("$set", new Document("status", "LOCKED")));
        directory.evictClient("c");
        directory.evictUser("u");

        assertThat(directory.client("c").orElseThrow().status()).isEqualTo("DISABLED");
        assertThat(directory.userStatus("u")).contains("LOCKED");
    }
}
