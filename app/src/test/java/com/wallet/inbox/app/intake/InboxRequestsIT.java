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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    void pendingBecomesAcceptedWithItsTime() throws Exception {
        String messageId = pending();

        assertThat(requests.markAccepted(messageId, CREATED).get(1, TimeUnit.MINUTES))
                .isTrue();

        Document stored = stored(messageId);
        assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
        assertThat(stored.getDate("acceptedAt").toInstant()).isEqualTo(CREATED);
    }

    @Test
    void aFailureTheWorkerRecordedFirstStands() throws Exception {
        String messageId = pending();
        failAsTheWorkerDoes(messageId);

        requests.markAccepted(messageId, CREATED).get(1, TimeUnit.MINUTES);

        Document stored = stored(messageId);
        assertThat(stored.getString("status")).isEqualTo("FAILED");
        assertThat(stored.getString("failureCode")).isEqualTo("TEMPLATE_PARAMETER_MISSING");
    }

    @Test
    void concurrentMarksAcceptEachRecordAndKeepEveryEarlierFailure() throws Exception {
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> pending()).toList();
        for (int i = 0; i < ids.size(); i += 3) {
            failAsTheWorkerDoes(ids.get(i));
        }
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> marks = ids.stream()
                    .map(id -> callers.submit(
                            () -> requests.markAccepted(id, CREATED).join()))
                    .collect(Collectors.toList());
            for (Future<?> mark : marks) {
                mark.get(1, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }

        for (int i = 0; i < ids.size(); i++) {
            assertThat(stored(ids.get(i)).getString("status"))
                    .as("record %d", i)
                    .isEqualTo(i % 3 == 0 ? "FAILED" : "ACCEPTED");
        }
    }

    @Test
    void newRecordsAndMarksWrittenConcurrentlyEachGetTheirOwnOutcome() throws Exception {
        List<String> marked = IntStream.range(0, 40).mapToObj(i -> pending()).toList();
        failAsTheWorkerDoes(marked.get(0));
        List<InboxRequest> fresh =
                IntStream.range(0, 40).mapToObj(i -> record()).toList();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> marks = marked.stream()
                    .map(id -> callers.submit(
                            () -> requests.markAccepted(id, CREATED).join()))
                    .collect(Collectors.toList());
            List<Future<Boolean>> inserts = fresh.stream()
                    .map(request -> callers.submit(() -> requests.insert(request)))
                    .collect(Collectors.toList());
            for (Future<?> mark : marks) {
                mark.get(1, TimeUnit.MINUTES);
            }
            for (Future<Boolean> insert : inserts) {
                assertThat(insert.get(1, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(stored(marked.get(0)).getString("status")).isEqualTo("FAILED");
        marked.stream()
                .skip(1)
                .forEach(id -> assertThat(stored(id).getString("status")).isEqualTo("ACCEPTED"));
        fresh.forEach(request ->
                assertThat(stored(request.messageId()).getString("status")).isEqualTo("PENDING"));
        assertThat(requests.insert(fresh.get(0))).as("the same record again").isFalse();
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
        InboxRequest request = record();
        requests.insert(request);
        return request.messageId();
    }

    private static InboxRequest record() {
        return new InboxRequest(
                MessageId.next(CREATED).value(),
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
                null);
    }

    private void failAsTheWorkerDoes(String messageId) {
        database.getCollection(InboxCollections.REQUESTS)
                .updateOne(
                        eq("_id", messageId),
                        Updates.combine(
                                Updates.set("status", "FAILED"),
                                Updates.set("failureCode", "TEMPLATE_PARAMETER_MISSING")));
    }

    private Document stored(String messageId) {
        return database.getCollection(InboxCollections.REQUESTS)
                .find(eq("_id", messageId))
                .first();
    }
}
