package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merchant answers go out whole, with their length, as a merchant's HTTP client receives them. */
class WholeAnswerIT extends IntegrationTestBase {

    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
    }

    @Test
    void acceptedCallIsAnsweredWithItsLength() {
        var accepted = http.post("/v2/messages/sendInbox", fixture.sendInbox("whole-1"));

        assertThat(accepted.resultCode()).isEqualTo("ACCEPT");
        assertSentWhole(accepted);
    }

    @Test
    void replayIsAnsweredWithItsLengthAndItsHeader() {
        http.post("/v2/messages/sendInbox", fixture.sendInbox("whole-2"));

        var replay = http.post("/v2/messages/sendInbox", fixture.sendInbox("whole-2"));

        assertThat(replay.header("Idempotency-Replay")).isEqualTo("true");
        assertSentWhole(replay);
    }

    @Test
    void refusedCallIsAnsweredWithItsLength() {
        var refused = http.post("/v2/messages/sendInbox", fixture.sendInbox(""));

        assertThat(refused.resultStatus()).isEqualTo("F");
        assertSentWhole(refused);
    }

    @Test
    void inquiryIsAnsweredWithItsLength() {
        http.post("/v2/messages/sendInbox", fixture.sendInbox("whole-3"));

        var inquiry = http.post("/v2/messages/inquiryInbox", fixture.inquiry("whole-3"));

        assertThat(inquiry.resultCode()).isEqualTo("SUCCESS");
        assertSentWhole(inquiry);
    }

    private static void assertSentWhole(Http.Answer answer) {
        assertThat(answer.header("Transfer-Encoding")).isNull();
        assertThat(answer.header("Content-Length"))
                .isEqualTo(String.valueOf(answer.raw().body().getBytes(StandardCharsets.UTF_8).length));
    }
}
