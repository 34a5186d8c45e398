package com.wallet.inbox.app.intake;

import java.util.regex.Pattern;

/** The merchant's idempotency key: 1 to 128 characters of {@code [A-Za-z0-9_.:-]}. */
public record RequestId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    public RequestId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1 to 128 characters of [A-Za-z0-9_.:-]");
        }
    }
}
