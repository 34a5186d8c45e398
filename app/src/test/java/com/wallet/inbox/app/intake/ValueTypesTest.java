package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "20191127190741010007013213123xxxx", "A-b_c.d:e"})
    void requestIdAcceptsItsAlphabet(String value) {
        assertThat(new RequestId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/", "ümlaut", "$op", "x\n"})
    void requestIdRefusesOtherCharacters(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestId(value));
    }

    @Test
    void requestIdIsAtMost128() {
        assertThatNoException().isThrownBy(() -> new RequestId("r".repeat(128)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestId("r".repeat(129)));
    }

    @Test
    void accessTokenIsOneTo128AndHidesItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessToken(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessToken("t".repeat(129)));
        assertThat(new AccessToken("secret").toString()).doesNotContain("secret");
    }

    @Test
    void templateCodeIsOneTo256() {
        assertThatNoException().isThrownBy(() -> new TemplateCode("c".repeat(256)));
        assertThatIllegalArgumentException().isThrownBy(() -> new TemplateCode(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new TemplateCode("c".repeat(257)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "zh-CN", "en", "zh-Hant-TW", "en-us"})
    void languageTagAcceptsWellFormedTags(String value) {
        assertThat(new LanguageTag(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "en--US", "e", "123", "en-"})
    void languageTagRefusesMalformedTags(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new LanguageTag(value));
    }

    @Test
    void languageTagKeyIgnoresCase() {
        assertThat(new LanguageTag("en-us").key()).isEqualTo(new LanguageTag("EN-US").key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$where", "a.b", "", "$"})
    void parameterNameRefusesOperatorsPathsAndEmpty(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterName(value));
    }

    @Test
    void parameterNameIsAtMost128() {
        assertThatNoException().isThrownBy(() -> new ParameterName("w".repeat(128)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterName("w".repeat(129)));
    }

    @Test
    void messageIdsAreShortAndOrderedByTime() {
        MessageId earlier = MessageId.next(Instant.parse("2026-01-01T00:00:00Z"));
        MessageId later = MessageId.next(Instant.parse("2026-01-01T00:00:01Z"));
        assertThat(earlier.value()).hasSize(32);
        assertThat(earlier.value()).isLessThan(later.value());
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageId("NOT-HEX"));
    }
}
