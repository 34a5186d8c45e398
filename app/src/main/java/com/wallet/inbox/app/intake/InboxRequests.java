package com.wallet.inbox.app.intake;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
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
    /**
     * The dedupe inserts of new calls and the acceptance marks of published ones share the groups: one
     * bulk write carries both, so a busy intake pays two store round trips per group (the driver sends the
     * inserts and the updates as a command each), not two per call. Sending the inserts as upserts, to make
     * it one, cost the embedded store more than the round trip saved (BENCHMARKS.md, session 13).
     */
    private final GroupedWrites<RequestWrite> writes;

    InboxRequests(MongoDatabase database, IntakeSettings settings) {
        this.database = database;
        this.requests = database.getCollection(InboxCollections.REQUESTS);
        this.settings = settings;
        this.writes = new GroupedWrites<>(
                "request",
                requests,
                RequestWrite::model,
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
        return writes.write(new NewRecord(InboxRequestDocuments.toDocument(request)));
    }

    Optional<InboxRequest> find(String authClientId, String requestId) {
        // A plain document rather than Filters.and, which renders $and: the embedded store serves a query
        // from an index only when its keys are exactly the index's (here the unique dedupe index).
        Document doc = requests.find(new Document("authClientId", authClientId).append("requestId", requestId))
                .first();
        return Optional.ofNullable(doc).map(InboxRequestDocuments::fromDocument);
    }

    /**
     * Marks the request ACCEPTED, written with the next group of concurrent calls' writes; returns at once,
     * and the future settles once the mark is written (see {@link AcceptanceMarks}). A worker may have
     * failed the message between the broker's ack and this write: the mark changes a record that is still
     * PENDING and leaves a FAILED one as it is, in the one write.
     */
    CompletableFuture<Boolean> markAccepted(String messageId, Instant acceptedAt) {
        return writes.writeLater(new Acceptance(messageId, acceptedAt));
    }

    /** One write of a group: it knows its own write model. */
    private interface RequestWrite {
        WriteModel<Document> model();
    }

    private record NewRecord(Document record) implements RequestWrite {
        @Override
        public WriteModel<Document> model() {
            return new InsertOneModel<>(record);
        }
    }

    /**
     * Filters by {@code _id} and status as a plain document: {@code Filters.and} would render {@code $and},
     * which the embedded store serves by scanning the collection, where it serves this shape from the
     * {@code _id} index (as MongoDB does either shape). Filter and update are built as BSON values, which the
     * driver writes as they are: a {@code Document} and {@code Updates} are rendered through its codec
     * registry, a lookup per value, for a write made once per accepted call (BENCHMARKS.md, session 18).
     */
    private record Acceptance(String messageId, Instant acceptedAt) implements RequestWrite {

        private static final BsonString PENDING = new BsonString(RequestStatus.PENDING.name());
        private static final BsonString ACCEPTED = new BsonString(RequestStatus.ACCEPTED.name());

        @Override
        public WriteModel<Document> model() {
            return new UpdateOneModel<>(
                    new BsonDocument("_id", new BsonString(messageId)).append("status", PENDING),
                    new BsonDocument(
                            "$set",
                            new BsonDocument("status", ACCEPTED)
                                    .append("acceptedAt", new BsonDateTime(acceptedAt.toEpochMilli()))));
        }
    }
}
