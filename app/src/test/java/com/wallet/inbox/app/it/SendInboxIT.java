package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TopicRecords;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxSendEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendInboxIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";

    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
    }

    @Test
    void sampleRequestIsAcceptedAndPublishedOnceKeyedByUser() {
        var answer = http.post(SEND, fixture.sendInbox("20191127190741010007013213123xxxx"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.resultStatus()).isEqualTo("A");
        assertThat(answer.resultCode()).isEqualTo("ACCEPT");
        assertThat(answer.json().path("extendInfo").asString()).isEqualTo("This is additional information");
        String messageId = answer.json().path("messageId").asString();
        assertThat(messageId).hasSizeLessThanOrEqualTo(64);
        var sent = TopicRecords.forMessage(messageId);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).key()).isEqualTo(fixture.userId);
        InboxSendEvent event = sent.get(0).event();
        assertThat(event.schemaVersion()).isEqualTo(InboxSendEvent.CURRENT_SCHEMA_VERSION);
        assertThat(event.requestId()).isEqualTo("20191127190741010007013213123xxxx");
        assertThat(event.authClientId()).isEqualTo(fixture.clientId);
        assertThat(event.userId()).isEqualTo(fixture.userId);
        assertThat(event.templateCode()).isEqualTo(fixture.templateCode);
        assertThat(event.templateVersion()).isEqualTo(1);
        assertThat(event.templates())
                .containsExactly(new ContentTemplate("en-US", Map.of("who", "string to represent a name")));
        assertThat(event.extendInfo()).isEqualTo("This is additional information");
        assertThat(event.acceptedAt()).isNotNull();
    }

    @Test
    void repeatWithRefreshedTokenReplaysTheStoredResultWithoutPublishing() {
        String first = http.post(SEND, fixture.sendInbox("repeat-1"))
                .json()
                .path("messageId")
                .asString();
        String refreshed = fixture.token + "-refreshed";
        fixture.token(refreshed, fixture.clientId, fixture.userId, null);

        var repeat = http.post(SEND, fixture.sendInbox(refreshed, "repeat-1", "string to represent a name"));

        assertThat(repeat.resultCode()).isEqualTo("ACCEPT");
        assertThat(repeat.json().path("messageId").asString()).isEqualTo(first);
        assertThat(repeat.header("Idempotency-Replay")).isEqualTo("true");
        assertThat(TopicRecords.forMessage(first)).hasSize(1);
    }

    @Test
    void sameRequestIdWithOtherContentIsInconsistent() {
        http.post(SEND, fixture.sendInbox("reuse-1"));

        var reuse = http.post(SEND, fixture.sendInbox(fixture.token, "reuse-1", "someone else"));

        assertThat(reuse.resultStatus()).isEqualTo("F");
        assertThat(reuse.resultCode()).isEqualTo("REPEAT_REQ_INCONSISTENT");
    }

    @Test
    void eventCarriesTheLatestTemplateVersion() {
        fixture.template(fixture.templateCode, null);

        String messageId = http.post(SEND, fixture.sendInbox("version-1"))
                .json()
                .path("messageId")
                .asString();

        assertThat(TopicRecords.forMessage(messageId))
                .singleElement()
                .satisfies(s -> assertThat(s.event().templateVersion()).isEqualTo(2));
    }

    @Test
    void unknownAndRevokedTokensAreInvalid() {
        assertThat(http.post(SEND, fixture.sendInbox("not-a-token", "t-1", "x")).resultCode())
                .isEqualTo("INVALID_ACCESS_TOKEN");

        assertThat(http.admin("DELETE", "/admin/v1/tokens/" + fixture.token, null)
                        .status())
                .isEqualTo(204);

        assertThat(http.post(SEND, fixture.sendInbox("t-2")).resultCode()).isEqualTo("INVALID_ACCESS_TOKEN");
    }

    @Test
    void expiredTokenIsRefused() {
        fixture.token("expired-" + fixture.token, fixture.clientId, fixture.userId, "2020-01-01T00:00:00Z");

        var answer = http.post(SEND, fixture.sendInbox("expired-" + fixture.token, "e-1", "x"));

        assertThat(answer.resultCode()).isEqualTo("EXPIRED_ACCESS_TOKEN");
    }

    @Test
    void authClientOtherThanTheTokensOrDisabledIsInvalid() {
        String otherClient = fixture.sendInbox("c-1").replace(fixture.clientId, "someone-else");
        assertThat(http.post(SEND, otherClient).resultCode()).isEqualTo("INVALID_AUTH_CLIENT");

        fixture.client(fixture.clientId, "DISABLED");

        assertThat(http.post(SEND, fixture.sendInbox("c-2")).resultCode()).isEqualTo("INVALID_AUTH_CLIENT");
    }

    @Test
    void lockedOrUnregisteredUserIsRefused() {
        fixture.user(fixture.userId, "LOCKED");
        assertThat(http.post(SEND, fixture.sendInbox("u-1")).resultCode()).isEqualTo("USER_STATUS_ERROR");

        fixture.user(fixture.userId, "UNREGISTERED");
        assertThat(http.post(SEND, fixture.sendInbox("u-2")).resultCode()).isEqualTo("USER_STATUS_ERROR");
    }

    @Test
    void templateUnknownOrOfAnotherClientDoesNotExist() {
        String unknown = fixture.sendInbox("tp-1").replace(fixture.templateCode, "TP_unknown");
        assertThat(http.post(SEND, unknown).resultCode()).isEqualTo("TEMPLATE_NOT_EXIST");

        fixture.template("TP_private_" + fixture.clientId, "another-client");
        String foreign = fixture.sendInbox("tp-2").replace(fixture.templateCode, "TP_private_" + fixture.clientId);
        assertThat(http.post(SEND, foreign).resultCode()).isEqualTo("TEMPLATE_NOT_EXIST");
    }

    @Test
    void badInputIsRefusedThroughTheWholeStack() {
        var answer = http.post(SEND, "{\"accessToken\":\"" + fixture.token + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.resultCode()).isEqualTo("VERIFY_REQUEST_ID_INVALID");
        assertThat(TopicRecords.all()).noneMatch(s -> s.event().userId().equals(fixture.userId));
        assertThat(List.of(http.post("/v2/messages/nothing", "{}").status())).containsExactly(404);
    }
}
