package com.wallet.inbox.app.intake;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The dedupe records of sendInbox: one per (authClientId, requestId), enforced by a unique index. */
@Component
class InboxRequests implements InitializingBean, DisposableBean {

    static final String TTL_INDEX = "createdAt_ttl";

    /** MongoDB's IndexOptionsConflict: an index of that name exists with other options. */
    private static final int INDEX_OPTIONS_CONFLICT = 85;

    private final MongoDatabase database;
    private final MongoCollection<Document> requests;
    private final IntakeSettings settings;
    private final GroupedWrites writes;

    InboxRequests(MongoDatabase database, IntakeSettings settings) {
        this.database = database;
        this.requests = database.getCollection(InboxCollections.REQUESTS);
        this.settings = settings;
        this.writes = new GroupedWrites(
                requests,
                settings.dedupeWriters(),
                settings.dedupeMaxGroup(),
                settings.publishTimeout().toMillis());
    }

    /** The dedupe itself, which also serves the inquiry's lookup; and the retention. */
    @Override
    public void afterPropertiesSet() {
        requests.createIndex(
                Indexes.ascending("authClientId", "requestId"),
                new IndexOptions().unique(true).name("dedupe_authClientId_requestId"));
        createTtlIndex(settings.requestRetention().toSeconds());
    }

    /** A changed retention must not stop the start: the existing index is altered in place instead. */
    private void createTtlIndex(long expireAfterSeconds) {
        try {
            requests.createIndex(
                    Indexes.ascending("createdAt"),
                    new IndexOptions().name(TTL_INDEX).expireAfter(expireAfterSeconds, TimeUnit.SECONDS));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            database.runCommand(new Document("collMod", InboxCollections.REQUESTS)
                    .append("index", new Document("name", TTL_INDEX).append("expireAfterSeconds", expireAfterSeconds)));
        }
    }

    @Override
    public void destroy() {
        writes.close();
    }

    /**
     * Inserts the record, or returns false when one exists for its (authClientId, requestId). Written
     * together with the records of concurrent calls (group commit).
     */
    boolean insert(InboxRequest request) {
        return writes.write(new InsertOneModel<>(InboxRequestDocuments.toDocument(request)));
    }

    Optional<InboxRequest> find(String authClientId, String requestId) {
        // A plain document rather than Filters.and, which renders $and: the embedded store serves a query
        // from an index only when its keys are exactly the index's (here the unique dedupe index).
        Document doc = requests.find(new Document("authClientId", authClientId).append("requestId", requestId))
                .first();
        return Optional.ofNullable(doc).map(InboxRequestDocuments::fromDocument);
    }

    /**
     * Marks the request ACCEPTED by its {@code _id} alone, so that every store serves it from the
     * {@code _id} index (the embedded store scans the collection for any other filter shape, which cost
     * the intake more than half its CPU under load). A worker may have failed the message between the
     * broker's ack and this write: the previous status comes back with the update, and a FAILED one is
     * restored at once. The inquiry also reads a recorded failureCode as FAILED, which covers the instant
     * between the two writes. Not part of the group commit: a pipeline update that keeps FAILED in one
     * write is what a group would need, and the embedded store refuses pipeline updates in bulk.
     */
    void markAccepted(String messageId, Instant acceptedAt) {
        Document before = requests.findOneAndUpdate(
                eq("_id", messageId),
                Updates.combine(
                        Updates.set("status", RequestStatus.ACCEPTED.name()),
                        Updates.set("acceptedAt", Date.from(acceptedAt))),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include("status"))
                        .returnDocument(ReturnDocument.BEFORE));
        if (before != null && RequestStatus.FAILED.name().equals(before.getString("status"))) {
            requests.updateOne(eq("_id", messageId), Updates.set("status", RequestStatus.FAILED.name()));
        }
    }
}
