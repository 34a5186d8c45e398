package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.worker.support.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The indexes of inbox_messages on the store the tests run against (the embedded one accepts TTL indexes). */
class MessageIndexesIT {

    private final MongoClient client = MongoClients.create(TestServices.mongoUri());
    private final MongoDatabase database =
            client.getDatabase("inbox_indexes_" + UUID.randomUUID().toString().substring(0, 8));

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    @Test
    void retentionIsATtlIndexOnDeliveredAt() {
        new MessageIndexes(database, new RetentionSettings(Duration.ofDays(365))).afterPropertiesSet();

        var ttl = index(MessageIndexes.TTL_INDEX);
        assertThat(ttl.get("key", Document.class)).isEqualTo(new Document("deliveredAt", 1));
        assertThat(ttl.get("expireAfterSeconds", Number.class).longValue()).isEqualTo(365L * 24 * 3600);
        assertThat(index("userId_deliveredAt")).isNotNull();
        assertThat(index("authClientId_templateCode_deliveredAt")).isNotNull();
    }

    @Test
    void creatingTheIndexesAgainIsANoOp() {
        var settings = new RetentionSettings(Duration.ofDays(30));
        new MessageIndexes(database, settings).afterPropertiesSet();

        new MessageIndexes(database, settings).afterPropertiesSet();

        assertThat(index(MessageIndexes.TTL_INDEX)
                        .get("expireAfterSeconds", Number.class)
                        .longValue())
                .isEqualTo(30L * 24 * 3600);
    }

    private Document index(String name) {
        var indexes =
                database.getCollection(InboxCollections.MESSAGES).listIndexes().into(new ArrayList<>());
        return indexes.stream()
                .filter(index -> name.equals(index.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + indexes));
    }
}
