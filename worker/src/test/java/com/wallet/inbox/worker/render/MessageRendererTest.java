package com.wallet.inbox.worker.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.RenderedContent;
import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private final MessageRenderer renderer = new MessageRenderer();

    private static TemplateVersion template(TemplateVariant... variants) {
        return new TemplateVersion("TP_1", 1, null, "en-US", List.of(variants), Instant.EPOCH);
    }

    private static final TemplateVersion GREETING = template(
            new TemplateVariant(
                    "en-US", "Hello {{who}}", "Hi {{who}}, you have {{count}} messages.", "https://x/{{who}}"),
            new TemplateVariant("zh-CN", "{{who}}，你好", "{{who}}，你的收件箱有一条新消息。", null));

    @Test
    void fillsEveryPlaceholderAndRecordsBothLanguages() {
        var rendered =
                renderer.render(GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "Ann", "count", "3"))));

        assertThat(rendered)
                .containsExactly(new RenderedContent(
                        "en-US", "en-US", "Hello Ann", "Hi Ann, you have 3 messages.", "https://x/Ann"));
    }

    @Test
    void fallsBackPerRequestedLanguage() {
        var rendered = renderer.render(
                GREETING,
                List.of(
                        new ContentTemplate("zh-TW", Map.of("who", "小明")),
                        new ContentTemplate("fr-FR", Map.of("who", "Zoé", "count", "1"))));

        assertThat(rendered).extracting(RenderedContent::language).containsExactly("zh-TW", "fr-FR");
        assertThat(rendered).extracting(RenderedContent::resolvedLanguage).containsExactly("zh-CN", "en-US");
        assertThat(rendered.get(0).title()).isEqualTo("小明，你好");
        assertThat(rendered.get(0).url()).isNull();
    }

    @Test
    void producesPlainTextWithoutHtmlEscaping() {
        var rendered = renderer.render(
                GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "<b>Tom & \"Jerry\"</b>", "count", "2"))));

        assertThat(rendered.get(0).title()).isEqualTo("Hello <b>Tom & \"Jerry\"</b>");
    }

    @Test
    void ignoresExtraParameters() {
        var rendered = renderer.render(
                GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "Ann", "count", "1", "unused", "x"))));

        assertThat(rendered.get(0).content()).isEqualTo("Hi Ann, you have 1 messages.");
    }

    @Test
    void missingParameterFailsNamingThePlaceholder() {
        assertThatThrownBy(() -> renderer.render(GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "Ann")))))
                .isInstanceOfSatisfying(
                        RenderException.class,
                        e -> assertThat(e.code()).isEqualTo(FailureCode.TEMPLATE_PARAMETER_MISSING))
                .hasMessageContaining("count");
    }

    @Test
    void emptyParameterValueIsNotMissing() {
        var rendered =
                renderer.render(GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "", "count", "0"))));

        assertThat(rendered.get(0).title()).isEqualTo("Hello ");
    }

    @Test
    void titleOverItsLimitFailsRendering() {
        var longName = "x".repeat(MessageRenderer.MAX_TITLE);

        assertThatThrownBy(() -> renderer.render(
                        GREETING, List.of(new ContentTemplate("en-US", Map.of("who", longName, "count", "1")))))
                .isInstanceOfSatisfying(
                        RenderException.class, e -> assertThat(e.code()).isEqualTo(FailureCode.TEMPLATE_RENDER_FAILED))
                .hasMessageContaining("title");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        var template = template(new TemplateVariant("en-US", "{{t}}", "c", null));
        var title = "字".repeat(MessageRenderer.MAX_TITLE);

        var rendered = renderer.render(template, List.of(new ContentTemplate("en-US", Map.of("t", title))));

        assertThat(rendered.get(0).title()).isEqualTo(title);
    }

    @Test
    void contentAndUrlOverTheirLimitsFailRendering() {
        var template = template(new TemplateVariant("en-US", "t", "{{c}}", "{{u}}"));
        var tooLongContent = Map.of("c", "x".repeat(MessageRenderer.MAX_CONTENT + 1), "u", "u");
        var tooLongUrl = Map.of("c", "c", "u", "x".repeat(MessageRenderer.MAX_URL + 1));

        assertThatThrownBy(() -> renderer.render(template, List.of(new ContentTemplate("en-US", tooLongContent))))
                .hasMessageContaining("content");
        assertThatThrownBy(() -> renderer.render(template, List.of(new ContentTemplate("en-US", tooLongUrl))))
                .hasMessageContaining("url");
    }

    @Test
    void templateWithoutTheRequestedOrDefaultLanguageFails() {
        var template = template(new TemplateVariant("de-DE", "t", "c", null));

        assertThatThrownBy(() -> renderer.render(template, List.of(new ContentTemplate("fr-FR", Map.of()))))
                .isInstanceOfSatisfying(
                        RenderException.class, e -> assertThat(e.code()).isEqualTo(FailureCode.TEMPLATE_RENDER_FAILED));
    }

    @Test
    void templateThatDoesNotCompileFailsRendering() {
        var template = template(new TemplateVariant("en-US", "Hello {{#who}} unclosed", "c", null));

        assertThatThrownBy(() -> renderer.render(template, List.of(new ContentTemplate("en-US", Map.of("who", "A")))))
                .isInstanceOfSatisfying(
                        RenderException.class, e -> assertThat(e.code()).isEqualTo(FailureCode.TEMPLATE_RENDER_FAILED));
    }

    @Test
    void parameterValuesAreNotReinterpretedAsTemplates() {
        var rendered = renderer.render(
                GREETING, List.of(new ContentTemplate("en-US", Map.of("who", "{{count}}", "count", "1"))));

        assertThat(rendered.get(0).title()).isEqualTo("Hello {{count}}");
    }
}
