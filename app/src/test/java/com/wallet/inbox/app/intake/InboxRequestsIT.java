package com.wallet.inbox.app.intake;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The acceptance mark against the MongoDB-wire store: it moves PENDING on, and never hides a failure. */
class InboxRequestsIT extends IntegrationTestBase {

    private static final Instant CREATED = Instant.parse("2026-11-26T01:00:00Z");

    @Autowired
    private InboxRequests requests;

    @Autowired
    private MongoDatabase database;

    @Test
    void pendingBecomesAcceptedWithItsTime() {
        String messageId = pending();

        requests.markAccepted(messageId, CREATED);

        Document stored = stored(messageId);
        assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
        assertThat(stored.getDate("acceptedAt").toInstant()).isEqualTo(CREATED);
    }

    @Test
    void aFailureTheWorkerRecordedFirstStands() {
        String messageId = pending();
        database.getCollection(InboxCollections.REQUESTS)
                .updateOne(
                        eq("_id", messageId),
                        Updates.combine(
                                Updates.set("status", "FAILED"),
                                Updates.set("failureCode", "TEMPLATE_PARAMETER_MISSING")));

        requests.markAccepted(messageId, CREATED);

        Document stored = stored(messageId);
        assertThat(stored.getString("status")).isEqualTo("FAILED");
        assertThat(stored.getString("failureCode")).isEqualTo("TEMPLATE_PARAMETER_MISSING");
    }

    @Test
    void findsByClientAndRequestId() {
        String messageId = pending();
        String requestId = stored(messageId).getString("requestId");

        assertThat(requests.find("client-mark", requestId))
                .map(InboxRequest::messageId)
                .contains(messageId);
        assertThat(requests.find("another-client", requestId)).isEmpty();
    }

    private String pending() {
        String messageId = MessageId.next(CREATED).value();
        requests.insert(new InboxRequest(
                messageId,
                "client-mark",
                "req-" + UUID.randomUUID(),
                "user-mark",
                "TP_MARK",
                1,
                "f".repeat(64),
                RequestStatus.PENDING,
                null,
                null,
                CREATED,
                null,
                null));
        return messageId;
    }

    private Document stored(String messageId) {
        return database.getCollection(InboxCollections.REQUESTS)
                .find(eq("_id", messageId))
                .first();
    }
}
