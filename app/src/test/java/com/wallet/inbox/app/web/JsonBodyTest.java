package com.wallet.inbox.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Reading a merchant's body: all of it up to the limit, one byte over it kept, with or without a declared length. */
class JsonBodyTest {

    @Test
    void aBodyOfDeclaredLengthIsReadWhole() throws IOException {
        byte[] body = "{\"accessToken\":\"t\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(JsonBody.readUpToLimit(request(body, true))).isEqualTo(body);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsReadWhole() throws IOException {
        byte[] body = "{\"accessToken\":\"t\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(JsonBody.readUpToLimit(request(body, false))).isEqualTo(body);
    }

    @Test
    void aBodyOverTheLimitKeepsOneByteOverWhateverItDeclares() throws IOException {
        byte[] body = new byte[JsonBody.MAX_BYTES + 100];

        assertThat(JsonBody.readUpToLimit(request(body, true))).hasSize(JsonBody.MAX_BYTES + 1);
        assertThat(JsonBody.readUpToLimit(request(body, false))).hasSize(JsonBody.MAX_BYTES + 1);
    }

    @Test
    void aBodyOfExactlyTheLimitIsAcceptedAndOneByteMoreIsRefusedNamingTheBody() {
        String justFits = "{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES - 8) + "\"}";
        String oneOver = "{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES - 7) + "\"}";

        assertThat(JsonBody.read(request(justFits.getBytes(StandardCharsets.UTF_8), true))
                        .optionalString("a"))
                .hasSize(JsonBody.MAX_BYTES - 8);
        assertThatThrownBy(() -> JsonBody.read(request(oneOver.getBytes(StandardCharsets.UTF_8), false)))
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("body ");
    }

    /** A request whose body declares its length, or one sent without it (chunked). */
    private static MockHttpServletRequest request(byte[] body, boolean declared) {
        MockHttpServletRequest request = declared
                ? new MockHttpServletRequest()
                : new MockHttpServletRequest() {
                    @Override
                    public long getContentLengthLong() {
                        return -1;
                    }
                };
        request.setContent(body);
        return request;
    }
}
