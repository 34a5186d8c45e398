package com.wallet.inbox.app.support;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import java.util.List;
import org.bson.Document;

/**
 * Stores topic records the way the worker does (insert with {@code _id = messageId}; a duplicate key,
 * code 11000, is a no-op), so that the app's ITs can check how many messages a requestId would leave
 * stored without depending on the worker module.
 */
public final class StoredMessages {

    private final MongoCollection<Document> messages;

    public StoredMessages(MongoDatabase database) {
        this.messages = database.getCollection(InboxCollections.MESSAGES);
    }

    public void storeAll(List<TopicRecords.Sent> records) {
        for (TopicRecords.Sent sent : records) {
            try {
                messages.insertOne(new Document("_id", sent.event().messageId())
                        .append("messageId", sent.event().messageId())
                        .append("requestId", sent.event().requestId())
                        .append("authClientId", sent.event().authClientId()));
            } catch (MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
            }
        }
    }

    public long countFor(String authClientId, String requestId) {
        return messages.countDocuments(
                com.mongodb.client.model.Filters.and(eq("authClientId", authClientId), eq("requestId", requestId)));
    }
}
