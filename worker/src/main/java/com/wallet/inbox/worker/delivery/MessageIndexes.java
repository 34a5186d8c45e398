package com.wallet.inbox.worker.delivery;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.wallet.inbox.schemas.InboxCollections;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of {@code inbox_messages} before the listener starts (the worker is its only
 * writer). Creating an existing index is a no-op, so every worker instance may do it.
 */
@Component
class MessageIndexes implements InitializingBean {

    private final MongoDatabase database;

    MessageIndexes(MongoDatabase database) {
        this.database = database;
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
    }
}
