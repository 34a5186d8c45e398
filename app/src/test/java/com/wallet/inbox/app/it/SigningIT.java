package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.SdkSigner;
import com.wallet.inbox.app.support.TopicRecords;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client registered with a public key must sign every call; its answers come signed by the service. */
class SigningIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";

    private final SdkSigner signer = new SdkSigner();
    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
        var registered = http.admin(
                "PUT",
                "/admin/v1/clients/" + fixture.clientId,
                "{\"name\":\"Signing merchant\",\"status\":\"ACTIVE\",\"publicKey\":\"" + signer.publicKeyBase64()
                        + "\"}");
        assertThat(registered.status()).isEqualTo(200);
    }

    @Test
    void aCallSignedLikeTheSdkIsAcceptedAndTheAnswerIsSigned() {
        String body = fixture.sendInbox("signed-1");
        String time = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).toString();

        var answer = http.send(signer.post(http, SEND, fixture.clientId, time, body));

        assertThat(answer.resultCode()).as(answer.raw().body()).isEqualTo("ACCEPT");
        assertThat(answer.header("Client-Id")).isEqualTo(fixture.clientId);
        String content = "POST " + SEND + "\n" + fixture.clientId + "." + answer.header("Response-Time") + "."
                + answer.raw().body();
        assertThat(SdkSigner.verifies(servicePublicKey(), content, answer.header("Signature")))
                .isTrue();
        assertThat(SdkSigner.verifies(servicePublicKey(), content + " ", answer.header("Signature")))
                .isFalse();
    }

    @Test
    void unsignedCallsOfASigningClientAreRefused() {
        var answer = http.post(SEND, fixture.sendInbox("unsigned-1"));

        assertInvalidSignature(answer, "unsigned-1");
        assertThat(answer.header("Signature")).isNotNull();
    }

    @Test
    void aWrongKeyATamperedBodyOrAnotherClientIdAreRefused() {
        String time = now();
        String body = fixture.sendInbox("bad-1");

        var otherKey = http.send(new SdkSigner().post(http, SEND, fixture.clientId, time, body));
        assertInvalidSignature(otherKey, "bad-1");

        String tamperedBody = fixture.sendInbox("bad-2");
        var tampered = http.send(signer.post(http, SEND, fixture.clientId, time, fixture.sendInbox("bad-x"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(tamperedBody)));
        assertInvalidSignature(tampered, "bad-2");

        var otherClient = http.send(signer.post(http, SEND, "someone-else", time, fixture.sendInbox("bad-3")));
        assertInvalidSignature(otherClient, "bad-3");

        var malformed = http.send(signer.post(http, SEND, fixture.clientId, time, fixture.sendInbox("bad-4"))
                .setHeader("Signature", "algorithm=RSA256, keyVersion=1, signature=%%%not-base64"));
        assertInvalidSignature(malformed, "bad-4");
    }

    @Test
    void aRequestTimeOutsideTheWindowIsRefused() {
        String stale = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(6).toString();
        assertInvalidSignature(
                http.send(signer.post(http, SEND, fixture.clientId, stale, fixture.sendInbox("late-1"))), "late-1");

        String future = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(6).toString();
        assertInvalidSignature(
                http.send(signer.post(http, SEND, fixture.clientId, future, fixture.sendInbox("late-2"))), "late-2");

        assertInvalidSignature(
                http.send(signer.post(http, SEND, fixture.clientId, "yesterday", fixture.sendInbox("late-3"))),
                "late-3");
    }

    @Test
    void inquiryIsSignedToo() {
        String body = "{\"accessToken\":\"" + fixture.token + "\",\"requestId\":\"never\"}";
        assertThat(http.post("/v2/messages/inquiryInbox", body).resultCode()).isEqualTo("INVALID_SIGNATURE");

        var signed = http.send(signer.post(http, "/v2/messages/inquiryInbox", fixture.clientId, now(), body));
        assertThat(signed.resultCode()).isEqualTo("PARAM_ILLEGAL");
        assertThat(signed.header("Signature")).isNotNull();
    }

    private void assertInvalidSignature(Http.Answer answer, String requestId) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.resultStatus()).isEqualTo("F");
        assertThat(answer.resultCode()).as(answer.raw().body()).isEqualTo("INVALID_SIGNATURE");
        assertThat(TopicRecords.all())
                .noneMatch(s -> s.event().authClientId().equals(fixture.clientId)
                        && s.event().requestId().equals(requestId));
    }

    private String servicePublicKey() {
        var key = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/v2/keys/service-public-key"))
                        .GET());
        assertThat(key.resultCode()).isEqualTo("SUCCESS");
        return key.json().path("publicKey").asString();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
