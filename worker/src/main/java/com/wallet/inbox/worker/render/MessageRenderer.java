package com.wallet.inbox.worker.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.RenderedContent;
import com.wallet.inbox.schemas.TemplateVersion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders each requested language of a message as plain text. A placeholder without a parameter fails
 * the message (no silent blanks); extra parameters are ignored.
 */
@Component
public class MessageRenderer {

    static final int MAX_TITLE = 256;
    static final int MAX_CONTENT = 4096;
    static final int MAX_URL = 2048;

    // No default value: a missing placeholder must throw so the message fails naming it. The inbox
    // stores text and whoever displays it escapes it, hence no HTML escaping.
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false);

    // Keyed by instance: template versions are immutable and cached upstream, so a compiled template
    // lives exactly as long as someone holds its version. Read for every message, so its upkeep runs on the
    // reading thread: handed to the common pool, waking a pool thread for it was 4 % of the consumer threads'
    // CPU in a drain (BENCHMARKS.md, session 24), and a cache this small needs next to nothing done.
    private final Cache<TemplateVersion, CompiledTemplate> compiled =
            Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

    public List<RenderedContent> render(TemplateVersion version, List<ContentTemplate> requested) {
        var template = compile(version);
        return requested.stream().map(language -> render(template, language)).toList();
    }

    private CompiledTemplate compile(TemplateVersion version) {
        try {
            return compiled.get(version, v -> CompiledTemplate.compile(v, compiler));
        } catch (RuntimeException e) {
            throw new RenderException(
                    FailureCode.TEMPLATE_RENDER_FAILED, "template does not compile: " + e.getMessage());
        }
    }

    private RenderedContent render(CompiledTemplate template, ContentTemplate requested) {
        var resolved = LanguageFallback.resolve(
                        requested.language(), template.variants().keySet(), template.defaultLanguage())
                .map(template.variants()::get)
                .orElseThrow(() -> new RenderException(
                        FailureCode.TEMPLATE_RENDER_FAILED,
                        "template has neither language " + requested.language() + " nor its default language"));
        var parameters = requested.templateParameters();
        return new RenderedContent(
                requested.language(),
                resolved.language(),
                execute(resolved.title(), parameters, "title", MAX_TITLE),
                execute(resolved.content(), parameters, "content", MAX_CONTENT),
                resolved.url() == null ? null : execute(resolved.url(), parameters, "url", MAX_URL));
    }

    private static String execute(Template template, Map<String, String> parameters, String field, int limit) {
        String text;
        try {
            text = template.execute(parameters);
        } catch (MustacheException.Context e) {
            throw new RenderException(
                    FailureCode.TEMPLATE_PARAMETER_MISSING,
                    "template parameter missing: " + e.key + " (in " + field + ")");
        } catch (RuntimeException e) {
            throw new RenderException(FailureCode.TEMPLATE_RENDER_FAILED, field + " could not be rendered");
        }
        if (text.codePointCount(0, text.length()) > limit) {
            throw new RenderException(
                    FailureCode.TEMPLATE_RENDER_FAILED, "rendered " + field + " is over " + limit + " characters");
        }
        return text;
    }
}
