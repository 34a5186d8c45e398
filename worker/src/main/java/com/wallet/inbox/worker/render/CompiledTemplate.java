package com.wallet.inbox.worker.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A template version with each language's title, content and url compiled once. */
record CompiledTemplate(String defaultLanguage, Map<String, Variant> variants) {

    record Variant(
            String language,
            Template title,
            Template content,
            @Nullable Template url) {}

    static CompiledTemplate compile(TemplateVersion version, Mustache.Compiler compiler) {
        var variants = new LinkedHashMap<String, Variant>();
        for (TemplateVariant variant : version.contents()) {
            variants.put(
                    variant.language(),
                    new Variant(
                            variant.language(),
                            compiler.compile(variant.title()),
                            compiler.compile(variant.content()),
                            variant.url() == null ? null : compiler.compile(variant.url())));
        }
        // Template order is kept: the same-base-language fallback picks the first match.
        return new CompiledTemplate(version.defaultLanguage(), Collections.unmodifiableMap(variants));
    }
}
