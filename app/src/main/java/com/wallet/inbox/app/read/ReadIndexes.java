package com.wallet.inbox.app.read;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.wallet.inbox.schemas.InboxCollections;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The indexes of the read side's queries, created at startup (a no-op when they exist). The worker
 * creates userId_deliveredAt and authClientId_templateCode_deliveredAt; these end with {@code _id}
 * where a query pages in the order (time desc, _id desc), so that the index also yields the order.
 */
@Component
class ReadIndexes implements InitializingBean {

    /** GET /api/v1/messages with no userId/authClientId/templateCode, and the range $match of /api/v1/stats. */
    static final String MESSAGES_BY_TIME = "deliveredAt_desc";
    /** GET /api/v1/users/{userId}/inbox pages, its unread-count and read-all. */
    static final String INBOX_OF_USER = "userId_deliveredAt_id";
    /** GET /api/v1/messages?templateCode=.. (the dashboard's per-template drill-down). */
    static final String MESSAGES_BY_TEMPLATE = "templateCode_deliveredAt_id";
    /** GET /api/v1/messages?status=FAILED and the failure counts of /api/v1/stats. */
    static final String FAILURES_BY_TIME = "status_failedAt_id";

    private final MongoDatabase database;

    ReadIndexes(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public void afterPropertiesSet() {
        var messages = database.getCollection(InboxCollections.MESSAGES);
        messages.createIndex(descending("deliveredAt", "_id"), new IndexOptions().name(MESSAGES_BY_TIME));
        messages.createIndex(
                compoundIndex(ascending("userId"), descending("deliveredAt", "_id")),
                new IndexOptions().name(INBOX_OF_USER));
        messages.createIndex(
                compoundIndex(ascending("templateCode"), descending("deliveredAt", "_id")),
                new IndexOptions().name(MESSAGES_BY_TEMPLATE));
        database.getCollection(InboxCollections.REQUESTS)
                .createIndex(
                        compoundIndex(ascending("status"), descending("failedAt", "_id")),
                        new IndexOptions().name(FAILURES_BY_TIME));
    }
}
