package com.wallet.inbox.app.it;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InquiryIT extends IntegrationTestBase {

    private static final String INQUIRY = "/v2/messages/inquiryInbox";

    @Autowired
    private MongoDatabase database;

    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
    }

    @Test
    void acceptedThenDelivered() {
        String messageId = send("q-1");

        var accepted = http.post(INQUIRY, fixture.inquiry("q-1"));
        assertThat(accepted.resultCode()).isEqualTo("SUCCESS");
        assertThat(accepted.json().path("messageId").asString()).isEqualTo(messageId);
        assertThat(accepted.json().path("messageStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("acceptedAt").isMissingNode()).isFalse();
        assertThat(accepted.json().has("deliveredAt")).isFalse();

        Instant deliveredAt = Instant.parse("2026-01-02T03:04:05Z");
        database.getCollection(InboxCollections.MESSAGES)
                .insertOne(new Document("_id", messageId)
                        .append("messageId", messageId)
                        .append("deliveredAt", Date.from(deliveredAt)));

        var delivered = http.post(INQUIRY, fixture.inquiry("q-1"));
        assertThat(delivered.json().path("messageStatus").asString()).isEqualTo("DELIVERED");
        assertThat(Instant.parse(delivered.json().path("deliveredAt").asString()))
                .isEqualTo(deliveredAt);
    }

    @Test
    void failedCarriesTheWorkersReason() {
        String messageId = send("q-2");
        database.getCollection(InboxCollections.REQUESTS)
                .updateOne(
                        eq("_id", messageId),
                        Updates.combine(
                                Updates.set("status", "FAILED"),
                                Updates.set("failureCode", "TEMPLATE_PARAMETER_MISSING"),
                                Updates.set("failureMessage", "placeholder who has no parameter"),
                                Updates.set("failedAt", new Date())));

        var failed = http.post(INQUIRY, fixture.inquiry("q-2"));

        assertThat(failed.json().path("messageStatus").asString()).isEqualTo("FAILED");
        assertThat(failed.json().path("failureCode").asString()).isEqualTo("TEMPLATE_PARAMETER_MISSING");
        assertThat(failed.json().path("failureMessage").asString()).isEqualTo("placeholder who has no parameter");
    }

    @Test
    void unknownOrPendingRequestIdIsIllegal() {
        var unknown = http.post(INQUIRY, fixture.inquiry("never-sent"));
        assertThat(unknown.resultCode()).isEqualTo("PARAM_ILLEGAL");
        assertThat(unknown.json().path("result").path("resultMessage").asString())
                .contains("requestId");

        String messageId = send("q-3");
        // The answer does not wait for the ACCEPTED mark: forcing PENDING before it lands would be undone.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACCEPTED"
                        .equals(database.getCollection(InboxCollections.REQUESTS)
                                .find(eq("_id", messageId))
                                .first()
                                .getString("status")));
        database.getCollection(InboxCollections.REQUESTS)
                .updateOne(eq("_id", messageId), Updates.set("status", "PENDING"));

        var pending = http.post(INQUIRY, fixture.inquiry("q-3"));
        assertThat(pending.resultCode()).isEqualTo("PARAM_ILLEGAL");
        assertThat(pending.json().path("result").path("resultMessage").asString())
                .contains("requestId", "sendInbox");
    }

    @Test
    void checksTheTokenAndTheRequestIdLikeSendInbox() {
        assertThat(http.post(INQUIRY, "{\"accessToken\":\"nope\",\"requestId\":\"q-4\"}")
                        .resultCode())
                .isEqualTo("INVALID_ACCESS_TOKEN");
        assertThat(http.post(INQUIRY, fixture.inquiry("bad id!")).resultCode()).isEqualTo("VERIFY_REQUEST_ID_INVALID");
        assertThat(http.post(INQUIRY, "[]").resultCode()).isEqualTo("PARAM_ILLEGAL");
    }

    private String send(String requestId) {
        var answer = http.post("/v2/messages/sendInbox", fixture.sendInbox(requestId));
        assertThat(answer.resultCode()).isEqualTo("ACCEPT");
        return answer.json().path("messageId").asString();
    }
}
