package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallet.inbox.app.web.BadParameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadParametersTest {

    @Test
    void cursorRoundTripsAndIsUrlSafe() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-26T01:02:03.456Z"), "m-1|with?odd/chars+");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.parse(encoded)).isEqualTo(cursor);
        assertThat(Cursor.parse(null)).isNull();
        assertThat(Cursor.parse("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bm8tYmFy", "YWJjfGlk", "MTIzfA"})
    void malformedCursorNamesTheParameter(String cursor) {
        // not Base64; no separator; a time that is not a number; an empty id
        assertBadParameter(() -> Cursor.parse(cursor), "cursor");
    }

    @Test
    void limitDefaultsTo20AndAllows1To100() {
        assertThat(PageLimit.parse(null).value()).isEqualTo(20);
        assertThat(PageLimit.parse("1").value()).isEqualTo(1);
        assertThat(PageLimit.parse("100").value()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "ten", "1.5", "99999999999"})
    void limitOutOfRangeOrNotANumberNamesTheParameter(String limit) {
        assertBadParameter(() -> PageLimit.parse(limit), "limit");
    }

    @Test
    void timeRangeTakesIsoInstantsAndOpenEnds() {
        TimeRange range = TimeRange.parse("2026-11-01T00:00:00Z", null);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(range.to()).isNull();
        assertBadParameter(() -> TimeRange.parse("2026-11-01", null), "from");
        assertBadParameter(() -> TimeRange.parse(null, "yesterday"), "to");
        assertBadParameter(() -> TimeRange.parse("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z"), "from");
    }

    @Test
    void statusIsDeliveredByDefaultAndOtherwiseOneOfTheKnown() {
        assertThat(MessageStatus.parse(null)).isEqualTo(MessageStatus.DELIVERED);
        assertThat(MessageStatus.parse("FAILED")).isEqualTo(MessageStatus.FAILED);
        assertBadParameter(() -> MessageStatus.parse("READ"), "status");
        assertBadParameter(() -> MessageStatus.parse("failed"), "status");
    }

    @Test
    void languageMustBeATagAndCannotFilterFailures() {
        assertThat(MessageQuery.language(" ")).isNull();
        assertThat(MessageQuery.language("zh-TW")).isEqualTo("zh-TW");
        assertBadParameter(() -> MessageQuery.language("not a tag"), "language");
        assertBadParameter(
                () -> new MessageQuery(
                        null,
                        null,
                        null,
                        "en-US",
                        MessageStatus.FAILED,
                        new TimeRange(null, null),
                        PageLimit.parse(null),
                        null),
                "language");
    }

    @Test
    void cursorEncodingIsMillisAndId() {
        String raw = new String(
                Base64.getUrlDecoder().decode(new Cursor(Instant.ofEpochMilli(5), "x").encode()),
                StandardCharsets.UTF_8);
        assertThat(raw).isEqualTo("5|x");
    }

    private static void assertBadParameter(Runnable call, String parameter) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        BadParameter.class, e -> assertThat(e.name()).isEqualTo(parameter))
                .hasMessageStartingWith(parameter + " ");
    }
}
