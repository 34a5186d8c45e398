package com.wallet.inbox.worker.render;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks the template language for a requested one: the exact tag, then the base language itself
 * ({@code zh-TW} -> {@code zh}), then another variant of the same base language ({@code zh-TW} ->
 * {@code zh-CN}), then the template's default. Tags compare case-insensitively, as BCP 47 says.
 *
 * <p>Plain loops: it runs for every language of every delivered message, and the streams it used were
 * 3 % of the consumer threads' CPU in a drain (BENCHMARKS.md, session 24).
 */
final class LanguageFallback {

    private LanguageFallback() {}

    static Optional<String> resolve(String requested, Collection<String> available, String defaultLanguage) {
        String exact = find(available, requested);
        if (exact != null) {
            return Optional.of(exact);
        }
        var base = baseLanguage(requested);
        String baseItself = find(available, base);
        if (baseItself != null) {
            return Optional.of(baseItself);
        }
        for (String tag : available) {
            if (baseLanguage(tag).equals(base)) {
                return Optional.of(tag);
            }
        }
        return Optional.ofNullable(find(available, defaultLanguage));
    }

    private static @Nullable String find(Collection<String> available, String tag) {
        for (String candidate : available) {
            if (candidate.equalsIgnoreCase(tag)) {
                return candidate;
            }
        }
        return null;
    }

    static String baseLanguage(String tag) {
        int separator = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        var base = separator >= 0 ? tag.substring(0, separator) : tag;
        return base.toLowerCase(Locale.ROOT);
    }
}
