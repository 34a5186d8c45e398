package com.wallet.inbox.worker.delivery;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.wallet.inbox.schemas.InboxCollections;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of {@code inbox_messages} before the listener starts (the worker is its only
 * writer). Creating an existing index is a no-op, so every worker instance may do it.
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
class MessageIndexes implements InitializingBean {

    static final String TTL_INDEX = "deliveredAt_ttl";

    // MongoDB's IndexOptionsConflict: an index of that name exists with other options.
    private static final int INDEX_OPTIONS_CONFLICT = 85;

    private static final Logger log = LoggerFactory.getLogger(MessageIndexes.class);

    private final MongoDatabase database;
    private final RetentionSettings retention;

    MessageIndexes(MongoDatabase database, RetentionSettings retention) {
        this.database = database;
        this.retention = retention;
    }

    @Override
    public void afterPropertiesSet() {
        var messages = database.getCollection(InboxCollections.MESSAGES);
        // A user's inbox newest first, and its unread count: GET /api/v1/users/{userId}/inbox, and
        // GET /api/v1/messages?userId=... ordered by deliveredAt.
        messages.createIndex(
                compoundIndex(ascending("userId"), descending("deliveredAt")),
                new IndexOptions().name("userId_deliveredAt"));
        // A merchant's messages per template over time: GET /api/v1/messages?authClientId=..&templateCode=..
        // with from/to, and the per-template counts of GET /api/v1/stats.
        messages.createIndex(
                compoundIndex(ascending("authClientId", "templateCode"), descending("deliveredAt")),
                new IndexOptions().name("authClientId_templateCode_deliveredAt"));
        createTtlIndex();
    }

    /**
     * Retention. A TTL index must have a single field, hence its own index next to the app's
     * {deliveredAt, _id} one. When the period changed since the index was made, createIndex refuses
     * (options conflict) and {@code collMod} changes it in place, without rebuilding the index.
     */
    private void createTtlIndex() {
        var seconds = retention.messagesSeconds();
        try {
            database.getCollection(InboxCollections.MESSAGES)
                    .createIndex(
                            ascending("deliveredAt"),
                            new IndexOptions().name(TTL_INDEX).expireAfter(seconds, TimeUnit.SECONDS));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            log.info("Changing the retention of {} to {} s", InboxCollections.MESSAGES, seconds);
            database.runCommand(new Document("collMod", InboxCollections.MESSAGES)
                    .append("index", new Document("name", TTL_INDEX).append("expireAfterSeconds", seconds)));
        }
    }
}
