package com.wallet.inbox.app.read;

import com.wallet.inbox.app.web.BadParameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The position after the last item of a page: its sort time and {@code _id}, the two keys of the
 * stable order (time desc, then {@code _id} desc). Opaque to callers: Base64url of {@code millis|id}.
 */
record Cursor(Instant at, String id) {

    static final String PARAMETER = "cursor";

    Cursor {
        if (id.isEmpty()) {
            throw new BadParameter(PARAMETER, "is not a cursor returned by this API");
        }
    }

    static @Nullable Cursor parse(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return new Cursor(
                    Instant.ofEpochMilli(Long.parseLong(decoded.substring(0, bar))), decoded.substring(bar + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadParameter(PARAMETER, "is not a cursor returned by this API");
        }
    }

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((at.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
