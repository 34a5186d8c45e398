package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.schemas.RenderedContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentChoiceTest {

    private static final RenderedContent EN_US = content("en-US");
    private static final RenderedContent ZH_CN = content("zh-CN");
    private static final RenderedContent ZH_TW = content("zh-TW");
    private static final List<RenderedContent> CONTENTS = List.of(EN_US, ZH_CN, ZH_TW);

    @Test
    void exactTagWinsIgnoringCase() {
        assertThat(ContentChoice.choose(CONTENTS, "zh-TW")).isEqualTo(ZH_TW);
        assertThat(ContentChoice.choose(CONTENTS, "zh-tw")).isEqualTo(ZH_TW);
    }

    @Test
    void sameBaseLanguageComesNextInTheMessagesOrder() {
        assertThat(ContentChoice.choose(CONTENTS, "zh-HK")).isEqualTo(ZH_CN);
        assertThat(ContentChoice.choose(CONTENTS, "zh")).isEqualTo(ZH_CN);
        assertThat(ContentChoice.choose(CONTENTS, "en-GB")).isEqualTo(EN_US);
    }

    @Test
    void otherwiseTheMessagesFirstLanguage() {
        assertThat(ContentChoice.choose(CONTENTS, "de-DE")).isEqualTo(EN_US);
        assertThat(ContentChoice.choose(List.of(ZH_CN, EN_US), "fr")).isEqualTo(ZH_CN);
        assertThat(ContentChoice.choose(List.of(ZH_CN, EN_US), null)).isEqualTo(ZH_CN);
    }

    private static RenderedContent content(String language) {
        return new RenderedContent(language, language, "title " + language, "content " + language, null);
    }
}
