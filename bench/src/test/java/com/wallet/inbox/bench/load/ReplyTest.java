package com.wallet.inbox.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTest {

    @Test
    void readsTheOutcomeAndMessageIdWhateverElseTheAnswerCarries() {
        Reply reply = parse("{\"trace\":{\"ids\":[1,{\"a\":null}]},\"result\":{\"resultStatus\":\"A\","
                + "\"extra\":[\"x\"],\"resultCode\":\"ACCEPT\",\"resultMessage\":\"ok\"},\"messageId\":\"m1\","
                + "\"more\":true}");

        assertThat(reply).isEqualTo(new Reply(new Reply.Outcome("A", "ACCEPT"), "m1"));
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.code()).isEqualTo("ACCEPT");
    }

    @Test
    void anAnswerWithoutAResultHasNoCode() {
        Reply reply = parse("{\"result\":null,\"messageId\":null}");

        assertThat(reply).isEqualTo(new Reply(null, null));
        assertThat(reply.accepted()).isFalse();
        assertThat(reply.code()).isEqualTo("NO_RESULT");
    }

    @Test
    void aFailureIsNotAccepted() {
        Reply reply = parse("{\"result\":{\"resultStatus\":\"F\",\"resultCode\":\"INVALID_ACCESS_TOKEN\"}}");

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.code()).isEqualTo("INVALID_ACCESS_TOKEN");
    }

    @Test
    void somethingOtherThanAJsonObjectIsNoReply() {
        assertThat(parse("<html>bad gateway</html>")).isNull();
        assertThat(parse("[1,2]")).isNull();
        assertThat(parse("")).isNull();
        assertThat(parse("{\"result\":{\"resultStatus\":")).isNull();
    }

    private static Reply parse(String body) {
        return Reply.parse(body.getBytes(UTF_8));
    }
}
