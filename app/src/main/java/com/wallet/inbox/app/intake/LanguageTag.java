package com.wallet.inbox.app.intake;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** A well-formed BCP 47 language tag such as {@code en-US}, kept as the merchant wrote it. */
public record LanguageTag(String value) {

    public LanguageTag {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("must be a BCP 47 language tag such as en-US");
        }
        try {
            new Locale.Builder().setLanguageTag(value);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("must be a well-formed BCP 47 language tag such as en-US");
        }
    }

    /** BCP 47 tags compare case-insensitively: {@code en-us} and {@code en-US} are one language. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
