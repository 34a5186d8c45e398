package com.wallet.inbox.app.intake;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.app.store.DuplicateKeys;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The dedupe records of sendInbox: one per (authClientId, requestId), enforced by a unique index. */
@Component
class InboxRequests implements InitializingBean {

    private final MongoCollection<Document> requests;

    InboxRequests(MongoDatabase database) {
        this.requests = database.getCollection(InboxCollections.REQUESTS);
    }

    /** The dedupe itself; also serves the inquiry's lookup by (authClientId, requestId). */
    @Override
    public void afterPropertiesSet() {
        requests.createIndex(
                Indexes.ascending("authClientId", "requestId"),
                new IndexOptions().unique(true).name("dedupe_authClientId_requestId"));
    }

    /** Inserts the record, or returns false when one exists for its (authClientId, requestId). */
    boolean insert(InboxRequest request) {
        try {
            requests.insertOne(InboxRequestDocuments.toDocument(request));
            return true;
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    Optional<InboxRequest> find(String authClientId, String requestId) {
        Document doc = requests.find(and(eq("authClientId", authClientId), eq("requestId", requestId)))
                .first();
        return Optional.ofNullable(doc).map(InboxRequestDocuments::fromDocument);
    }

    /** Conditional on PENDING, so that it never overwrites a FAILED written by a fast worker. */
    void markAccepted(String messageId, Instant acceptedAt) {
        requests.updateOne(
                and(eq("_id", messageId), eq("status", RequestStatus.PENDING.name())),
                Updates.combine(
                        Updates.set("status", RequestStatus.ACCEPTED.name()),
                        Updates.set("acceptedAt", Date.from(acceptedAt))));
    }
}
