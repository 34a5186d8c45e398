package com.wallet.inbox.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** One language of a stored message: what was asked for, what the template had, and the rendered text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RenderedContent(
        String language,
        String resolvedLanguage,
        String title,
        String content,
        @Nullable String url) {}
