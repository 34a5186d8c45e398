package com.wallet.inbox.app.read;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A wallet user's inbox. Marking read sets {@code readAt} only where it is absent, so repeating a
 * call keeps the first time a message was read. All queries start with userId (index userId_deliveredAt_id).
 */
@Service
class UserInbox {

    private final MongoCollection<Document> messages;
    private final Clock clock;

    UserInbox(MongoDatabase database, Clock clock) {
        this.messages = database.getCollection(InboxCollections.MESSAGES);
        this.clock = clock;
    }

    Page<InboxItem> page(String userId, @Nullable String language, PageLimit limit, @Nullable Cursor cursor) {
        return Paging.page(
                messages.find(and(eq("userId", userId), Paging.after("deliveredAt", cursor))),
                "deliveredAt",
                limit,
                message -> InboxItem.of(message, language));
    }

    long unread(String userId) {
        return messages.countDocuments(unread(eq("userId", userId)));
    }

    /** The message's readAt after the call: now if it was unread, else when it was first read. */
    Instant markRead(String userId, String messageId) {
        messages.updateOne(
                unread(and(eq("_id", messageId), eq("userId", userId))),
                Updates.set("readAt", Date.from(clock.instant())));
        Document message = messages.find(and(eq("_id", messageId), eq("userId", userId)))
                .projection(Projections.include("readAt"))
                .first();
        if (message == null) {
            throw new ReadNotFound("No message " + messageId + " in the inbox of " + userId);
        }
        return message.getDate("readAt").toInstant();
    }

    long markAllRead(String userId) {
        return messages.updateMany(unread(eq("userId", userId)), Updates.set("readAt", Date.from(clock.instant())))
                .getModifiedCount();
    }

    private static Bson unread(Bson filter) {
        return and(filter, exists("readAt", false));
    }
}
