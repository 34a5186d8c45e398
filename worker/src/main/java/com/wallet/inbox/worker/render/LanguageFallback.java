package com.wallet.inbox.worker.render;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the template language for a requested one: the exact tag, then the base language itself
 * ({@code zh-TW} -> {@code zh}), then another variant of the same base language ({@code zh-TW} ->
 * {@code zh-CN}), then the template's default. Tags compare case-insensitively, as BCP 47 says.
 */
final class LanguageFallback {

    private LanguageFallback() {}

    static Optional<String> resolve(String requested, Collection<String> available, String defaultLanguage) {
        var base = baseLanguage(requested);
        return find(available, requested)
                .or(() -> find(available, base))
                .or(() -> available.stream()
                        .filter(tag -> baseLanguage(tag).equals(base))
                        .findFirst())
                .or(() -> find(available, defaultLanguage));
    }

    private static Optional<String> find(Collection<String> available, String tag) {
        return available.stream().filter(tag::equalsIgnoreCase).findFirst();
    }

    static String baseLanguage(String tag) {
        int separator = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        var base = separator >= 0 ? tag.substring(0, separator) : tag;
        return base.toLowerCase(Locale.ROOT);
    }
}
