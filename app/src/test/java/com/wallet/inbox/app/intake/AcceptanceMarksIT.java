package com.wallet.inbox.app.intake;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TopicRecords;
import com.wallet.inbox.schemas.InboxCollections;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answer A does not wait for the record's ACCEPTED mark. While a mark is still unwritten, a repeat
 * served here is a replay, and an inquiry or the read API says ACCEPTED; once nothing is in flight, a
 * record still PENDING is published again with its messageId, as after a lost mark.
 */
class AcceptanceMarksIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";
    private static final String INQUIRY = "/v2/messages/inquiryInbox";

    @Autowired
    private AcceptanceMarks marks;

    @Autowired
    private MongoDatabase database;

    private Provisioning fixture;
    private MongoCollection<Document> requests;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
        requests = database.getCollection(InboxCollections.REQUESTS);
    }

    @Test
    void theMarkIsWrittenSoonAfterTheAnswer() {
        String messageId = accepted("mark-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document record = requests.find(eq("_id", messageId)).first();
            assertThat(record.getString("status")).isEqualTo("ACCEPTED");
            assertThat(record.getDate("acceptedAt")).isEqualTo(record.getDate("createdAt"));
        });
        assertThat(marks.awaitingMark(fixture.clientId, "mark-1")).isFalse();
    }

    @Test
    void whileTheMarkIsUnwrittenARepeatReplaysAndTheInquirySaysAccepted() {
        String messageId = acceptedAndMarked("mark-2");
        CompletableFuture<Boolean> mark = markInFlight("mark-2", messageId);
        try {
            Http.Answer repeat = http.post(SEND, fixture.sendInbox("mark-2"));

            assertThat(repeat.resultCode()).isEqualTo("ACCEPT");
            assertThat(repeat.json().path("messageId").asString()).isEqualTo(messageId);
            assertThat(repeat.header("Idempotency-Replay")).isEqualTo("true");
            assertThat(TopicRecords.forMessage(messageId)).as("published once").hasSize(1);

            Http.Answer inquiry = http.post(INQUIRY, inquiry("mark-2"));
            assertThat(inquiry.resultCode()).isEqualTo("SUCCESS");
            assertThat(inquiry.json().path("messageStatus").asString()).isEqualTo("ACCEPTED");

            Http.Answer read = readMessage(messageId);
            assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
            assertThat(read.json().path("status").asString()).isEqualTo("ACCEPTED");
            assertThat(read.json().path("acceptedAt").isMissingNode()).isFalse();
        } finally {
            mark.complete(true);
        }
        assertThat(marks.awaitingMark(fixture.clientId, "mark-2")).isFalse();
    }

    @Test
    void aRecordLeftPendingWithNoMarkInFlightIsPublishedAgainWithItsMessageId() {
        String messageId = acceptedAndMarked("mark-3");
        // As after a mark the store refused: the event is in the topic, the record says PENDING.
        markInFlight("mark-3", messageId).completeExceptionally(new IllegalStateException("store refused the mark"));
        assertThat(readMessage(messageId).status())
                .as("the read API does not list a request it cannot tell was accepted")
                .isEqualTo(404);

        Http.Answer retry = http.post(SEND, fixture.sendInbox("mark-3"));

        assertThat(retry.resultCode()).isEqualTo("ACCEPT");
        assertThat(retry.json().path("messageId").asString()).isEqualTo(messageId);
        assertThat(TopicRecords.forMessage(messageId))
                .as("published again, with the same messageId")
                .hasSize(2);
        assertThat(http.post(INQUIRY, inquiry("mark-3"))
                        .json()
                        .path("messageStatus")
                        .asString())
                .isEqualTo("ACCEPTED");
    }

    /** As in the instant after the answer: the record still PENDING, its mark queued here. */
    private CompletableFuture<Boolean> markInFlight(String requestId, String messageId) {
        requests.updateOne(eq("_id", messageId), Updates.set("status", "PENDING"));
        CompletableFuture<Boolean> mark = new CompletableFuture<>();
        marks.track(fixture.clientId, requestId, messageId, mark);
        return mark;
    }

    private String acceptedAndMarked(String requestId) {
        String messageId = accepted(requestId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !marks.awaitingMark(fixture.clientId, requestId)
                        && "ACCEPTED"
                                .equals(requests.find(eq("_id", messageId))
                                        .first()
                                        .getString("status")));
        return messageId;
    }

    private String accepted(String requestId) {
        Http.Answer answer = http.post(SEND, fixture.sendInbox(requestId));
        assertThat(answer.resultCode()).isEqualTo("ACCEPT");
        return answer.json().path("messageId").asString();
    }

    /** The analysts' lookup by messageId, with the reader token of IntegrationTestBase. */
    private Http.Answer readMessage(String messageId) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/messages/" + messageId))
                .header("Authorization", "Bearer it-reader-token")
                .GET());
    }

    private String inquiry(String requestId) {
        return "{\"accessToken\":\"" + fixture.token + "\",\"authClientId\":\"" + fixture.clientId
                + "\",\"requestId\":\"" + requestId + "\"}";
    }
}
