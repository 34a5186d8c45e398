package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The newer API rides the same pipeline: same checks, same dedupe store, same topic. */
class MessageSendIT extends IntegrationTestBase {

    private static final String SEND = "/v2/miniprogram/message/send";

    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
    }

    @Test
    void aSendIsAcceptedAndPublishedWithTheRedirectAsAParameter() {
        var answer = http.post(SEND, body("ms-1", "https://merchant.example/orders/1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.resultCode()).as(answer.raw().body()).isEqualTo("ACCEPT");
        String messageId = answer.json().path("messageId").asString();
        assertThat(messageId).hasSizeLessThanOrEqualTo(64);
        assertThat(TopicRecords.forMessage(messageId)).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo(fixture.userId);
            assertThat(s.event().authClientId()).isEqualTo(fixture.clientId);
            assertThat(s.event().requestId()).isEqualTo("ms-1");
            assertThat(s.event().templates().get(0).templateParameters())
                    .containsEntry("redirectUrl", "https://merchant.example/orders/1")
                    .containsEntry("who", "string to represent a name");
        });
        var repeat = http.post(SEND, body("ms-1", "https://merchant.example/orders/1"));
        assertThat(repeat.json().path("messageId").asString()).isEqualTo(messageId);
        assertThat(repeat.header("Idempotency-Replay")).isEqualTo("true");
        assertThat(http.post(SEND, body("ms-1", "https://elsewhere")).resultCode())
                .isEqualTo("REPEAT_REQ_INCONSISTENT");
    }

    @Test
    void aRequestIdIsOneMessageWhicheverApiCarriesIt() {
        String messageId = http.post("/v2/messages/sendInbox", fixture.sendInbox("both-1"))
                .json()
                .path("messageId")
                .asString();

        var viaNewApi = http.post(SEND, body("both-1", null));

        assertThat(viaNewApi.resultCode()).isEqualTo("ACCEPT");
        assertThat(viaNewApi.json().path("messageId").asString()).isEqualTo(messageId);
        assertThat(TopicRecords.all().stream()
                        .filter(s -> s.event().authClientId().equals(fixture.clientId)
                                && s.event().requestId().equals("both-1")))
                .hasSize(1);
    }

    @Test
    void theAppIdMustBeTheTokensClient() {
        String other = body("ms-2", null).replace("\"appId\":\"" + fixture.clientId, "\"appId\":\"someone-else");

        assertThat(http.post(SEND, other).resultCode()).isEqualTo("INVALID_AUTH_CLIENT");
    }

    @Test
    void badFieldsAreRefusedNamingThem() {
        var answer = http.post(SEND, body("r".repeat(65), null));
        assertThat(answer.resultCode()).isEqualTo("VERIFY_REQUEST_ID_INVALID");

        var noApp = http.post(SEND, body("ms-3", null).replace("\"appId\"", "\"appIdentifier\""));
        assertThat(noApp.resultCode()).isEqualTo("PARAM_ILLEGAL");
        assertThat(noApp.json().path("result").path("resultMessage").asString()).startsWith("appId ");
    }

    /** The fixture's sample as a message/send body; the same content as its sendInbox when no redirect. */
    private String body(String requestId, String redirectUrl) {
        String redirect = redirectUrl == null ? "" : ",\"redirectUrl\":\"" + redirectUrl + "\"";
        return "{\"accessToken\":\"" + fixture.token + "\",\"appId\":\"" + fixture.clientId
                + "\",\"customerBelongsTo\":\"TNG\",\"requestId\":\"" + requestId + "\",\"templateCode\":\""
                + fixture.templateCode
                + "\",\"templates\":[{\"templateParameters\":{\"who\":\"string to represent a name\"},\"language\":\"en-US\"}],"
                + "\"extendInfo\":\"This is additional information\"" + redirect + "}";
    }
}
