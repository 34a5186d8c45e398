package com.wallet.inbox.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** One language of a template: {@code {{name}}} placeholders in title, content and url. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateVariant(
        String language,
        String title,
        String content,
        @Nullable String url) {}
