package com.wallet.inbox.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event's instants read back as written, and every form Jackson's own reader takes reads to the same
 * instant through the shared mapper (its RFC 3339 fast path, or Jackson's reader behind it).
 */
class InboxJsonInstantTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    record Stamped(Instant at) {}

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-07T21:49:42Z",
                "2026-12-07T21:49:42.1Z",
                "2026-12-07T21:49:42.123Z",
                "2026-12-07T21:49:42.123456Z",
                "2026-12-07T21:49:42.123456789Z",
                "1970-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999999999Z"
            })
    void whatTheProducerWritesReadsBackExactly(String text) {
        Instant written = Instant.parse(text);

        byte[] json = InboxJson.mapper().writeValueAsBytes(new Stamped(written));

        assertThat(InboxJson.mapper().readValue(json, Stamped.class).at()).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"2026-12-07T23:49:42.5+02:00\" | 2026-12-07T21:49:42.500Z",
                "\"2026-12-07T16:19:42-05:30\"   | 2026-12-07T21:49:42Z",
                "\"2026-12-07t21:49:42z\"        | 2026-12-07T21:49:42Z",
                "\"1765144182\"                  | 2025-12-07T21:49:42Z",
                "1765144182.25                   | 2025-12-07T21:49:42.250Z"
            })
    void otherFormsReadAsJacksonReadsThem(String value, String expected) {
        String json = "{\"at\":" + value + "}";

        Instant read = InboxJson.mapper().readValue(json, Stamped.class).at();

        assertThat(read).isEqualTo(JACKSON.readValue(json, Stamped.class).at());
        assertThat(read).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yesterday\"", "\"2026-13-07T21:49:42Z\"", "\"2026-12-07T21:49:42\"", "true"})
    void notAnInstantFailsAsAJacksonError(String value) {
        assertThatThrownBy(() -> InboxJson.mapper().readValue("{\"at\":" + value + "}", Stamped.class))
                .isInstanceOf(JacksonException.class);
    }
}
