package com.wallet.inbox.app.read;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.intake.AcceptanceMarks;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.RequestStatus;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The analysts' list and lookup. DELIVERED reads {@code inbox_messages} ordered by deliveredAt;
 * FAILED reads the failed {@code inbox_requests} ordered by failedAt, which from/to then bound.
 */
@Service
class MessageListing {

    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> requests;
    private final AcceptanceMarks marks;

    MessageListing(MongoDatabase database, AcceptanceMarks marks) {
        this.messages = database.getCollection(InboxCollections.MESSAGES);
        this.requests = database.getCollection(InboxCollections.REQUESTS);
        this.marks = marks;
    }

    Page<MessageItem> list(MessageQuery query) {
        if (query.status() == MessageStatus.FAILED) {
            Bson filter = filter(query, "failedAt", eq("status", RequestStatus.FAILED.name()));
            return Paging.page(requests.find(filter), "failedAt", query.limit(), MessageItem::request);
        }
        Bson filter = filter(query, "deliveredAt", language(query.language()));
        return Paging.page(messages.find(filter), "deliveredAt", query.limit(), MessageItem::delivered);
    }

    /**
     * A delivered message, else its request while ACCEPTED or FAILED. A PENDING one was never accepted,
     * unless this instance answered A for it and its ACCEPTED mark is still on its way to the store: that
     * one reads as ACCEPTED, as the inquiry reads it.
     */
    Optional<MessageItem> find(String messageId) {
        Document message = messages.find(eq("_id", messageId)).first();
        if (message != null) {
            return Optional.of(MessageItem.delivered(message));
        }
        Document request = requests.find(eq("_id", messageId)).first();
        if (request == null || !accepted(request)) {
            return Optional.empty();
        }
        return Optional.of(MessageItem.request(request));
    }

    private boolean accepted(Document request) {
        return !RequestStatus.PENDING.name().equals(request.getString("status"))
                || marks.awaitingMark(request.getString("authClientId"), request.getString("requestId"));
    }

    private static Bson filter(MessageQuery query, String timeField, @Nullable Bson extra) {
        List<Bson> parts = new ArrayList<>();
        equal(parts, "userId", query.userId());
        equal(parts, "authClientId", query.authClientId());
        equal(parts, "templateCode", query.templateCode());
        if (extra != null) {
            parts.add(extra);
        }
        if (query.range().from() != null) {
            parts.add(gte(timeField, Date.from(query.range().from())));
        }
        if (query.range().to() != null) {
            parts.add(lt(timeField, Date.from(query.range().to())));
        }
        if (query.cursor() != null) {
            parts.add(Paging.after(timeField, query.cursor()));
        }
        return parts.isEmpty() ? new Document() : and(parts);
    }

    /** Matches the language asked for or the template variant it resolved to. */
    private static @Nullable Bson language(@Nullable String language) {
        return language == null
                ? null
                : or(eq("contents.language", language), eq("contents.resolvedLanguage", language));
    }

    private static void equal(List<Bson> parts, String field, @Nullable String value) {
        if (value != null) {
            parts.add(eq(field, value));
        }
    }
}
