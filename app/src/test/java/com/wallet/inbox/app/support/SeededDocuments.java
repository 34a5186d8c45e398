package com.wallet.inbox.app.support;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Writes inbox_messages and failed inbox_requests in the worker's document shape, for the read-side tests. */
public final class SeededDocuments {

    private final MongoDatabase database;

    public SeededDocuments(MongoDatabase database) {
        this.database = database;
    }

    /** A delivered message with one content per language, e.g. {@code "en-US", "zh-CN"}. */
    public Document delivered(
            String messageId,
            String clientId,
            String userId,
            String templateCode,
            Instant deliveredAt,
            String... languages) {
        Document message = new Document("_id", messageId)
                .append("messageId", messageId)
                .append("requestId", "req-" + messageId)
                .append("authClientId", clientId)
                .append("userId", userId)
                .append("templateCode", templateCode)
                .append("templateVersion", 1L)
                .append(
                        "contents",
                        List.of(languages).stream()
                                .map(language -> new Document("language", language)
                                        .append("resolvedLanguage", language)
                                        .append("title", "Title " + language + " " + messageId)
                                        .append("content", "Content " + language))
                                .toList())
                .append("extendInfo", "info")
                .append("acceptedAt", Date.from(deliveredAt.minusMillis(40)))
                .append("deliveredAt", Date.from(deliveredAt));
        database.getCollection(InboxCollections.MESSAGES).insertOne(message);
        return message;
    }

    /** A request the worker failed, as it leaves it in inbox_requests. */
    public Document failed(
            String messageId, String clientId, String userId, String templateCode, Instant failedAt, String code) {
        Document request = new Document("_id", messageId)
                .append("messageId", messageId)
                .append("authClientId", clientId)
                .append("requestId", "req-" + messageId)
                .append("userId", userId)
                .append("templateCode", templateCode)
                .append("templateVersion", 1L)
                .append("fingerprint", "f")
                .append("status", "FAILED")
                .append("failureCode", code)
                .append("failureMessage", "placeholder who has no parameter")
                .append("createdAt", Date.from(failedAt.minusMillis(80)))
                .append("acceptedAt", Date.from(failedAt.minusMillis(60)))
                .append("failedAt", Date.from(failedAt));
        database.getCollection(InboxCollections.REQUESTS).insertOne(request);
        return request;
    }
}
