package com.wallet.inbox.worker.deadletter;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Records on the request why its message failed, which is what the inquiry API answers. */
@Component
class RequestFailures {

    private final MongoCollection<Document> requests;
    private final Clock clock;

    RequestFailures(MongoDatabase database, Clock clock) {
        this.requests = database.getCollection(InboxCollections.REQUESTS);
        this.clock = clock;
    }

    void markFailed(String messageId, FailureCode code, String reason) {
        requests.updateOne(
                eq("_id", messageId),
                combine(
                        set("status", RequestStatus.FAILED.name()),
                        set("failureCode", code.name()),
                        set("failureMessage", reason),
                        set("failedAt", Date.from(clock.instant()))));
    }
}
