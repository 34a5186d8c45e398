package com.wallet.inbox.app.read;

import com.wallet.inbox.schemas.RenderedContent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Picks the one content a reader sees: the exact tag, else the same base language, else the first. */
final class ContentChoice {

    private ContentChoice() {}

    static RenderedContent choose(List<RenderedContent> contents, @Nullable String reader) {
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("a stored message has at least one content");
        }
        if (reader == null) {
            return contents.get(0);
        }
        String wanted = reader.toLowerCase(Locale.ROOT);
        return first(contents, c -> c.language().toLowerCase(Locale.ROOT).equals(wanted))
                .or(() -> first(contents, c -> base(c.language()).equals(base(wanted))))
                .orElse(contents.get(0));
    }

    private static Optional<RenderedContent> first(List<RenderedContent> contents, Predicate<RenderedContent> test) {
        return contents.stream().filter(test).findFirst();
    }

    /** The primary subtag: {@code zh} of {@code zh-TW}. */
    private static String base(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
