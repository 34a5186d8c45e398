package com.wallet.inbox.app.read;

import com.wallet.inbox.app.intake.LanguageTag;
import com.wallet.inbox.app.web.BadParameter;
import org.jspecify.annotations.Nullable;

/** The filters and page of {@code GET /api/v1/messages}, validated. */
record MessageQuery(
        @Nullable String userId,
        @Nullable String authClientId,
        @Nullable String templateCode,
        @Nullable String language,
        MessageStatus status,
        TimeRange range,
        PageLimit limit,
        @Nullable Cursor cursor) {

    MessageQuery {
        userId = blankToNull(userId);
        authClientId = blankToNull(authClientId);
        templateCode = blankToNull(templateCode);
        language = language(language);
        if (language != null) {
            if (status == MessageStatus.FAILED) {
                // A failed request was never rendered, so it has no language to match.
                throw new BadParameter("language", "cannot be combined with status=FAILED");
            }
        }
    }

    /** A well-formed BCP 47 tag, or null when not given. */
    static @Nullable String language(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        try {
            return new LanguageTag(language).value();
        } catch (IllegalArgumentException e) {
            throw new BadParameter("language", String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
