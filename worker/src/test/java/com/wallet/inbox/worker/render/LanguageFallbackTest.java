package com.wallet.inbox.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageFallbackTest {

    private static final String DEFAULT = "en-US";

    @Test
    void exactTagWinsIgnoringCase() {
        assertThat(LanguageFallback.resolve("ZH-tw", List.of("zh", "zh-TW", "en-US"), DEFAULT))
                .contains("zh-TW");
    }

    @Test
    void baseLanguageVariantBeforeSiblings() {
        assertThat(LanguageFallback.resolve("zh-TW", List.of("zh-CN", "zh", "en-US"), DEFAULT))
                .contains("zh");
    }

    @Test
    void siblingWithSameBaseLanguageInTemplateOrder() {
        assertThat(LanguageFallback.resolve("zh-TW", List.of("en-US", "zh-CN", "zh-HK"), DEFAULT))
                .contains("zh-CN");
    }

    @Test
    void bareRequestedLanguageMatchesARegionalVariant() {
        assertThat(LanguageFallback.resolve("zh", List.of("en-US", "zh-CN"), DEFAULT))
                .contains("zh-CN");
    }

    @Test
    void defaultLanguageLast() {
        assertThat(LanguageFallback.resolve("fr-FR", List.of("zh-CN", "en-US"), DEFAULT))
                .contains("en-US");
    }

    @Test
    void nothingWhenEvenTheDefaultIsMissing() {
        assertThat(LanguageFallback.resolve("fr-FR", List.of("zh-CN"), DEFAULT)).isEmpty();
    }

    @Test
    void underscoreSeparatedTagsShareTheirBase() {
        assertThat(LanguageFallback.baseLanguage("pt_BR")).isEqualTo("pt");
        assertThat(LanguageFallback.baseLanguage("EN")).isEqualTo("en");
    }
}
