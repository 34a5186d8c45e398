package com.wallet.inbox.app.read;

import com.wallet.inbox.app.web.BadParameter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The statuses the list can show. DELIVERED messages live in {@code inbox_messages}; FAILED ones are
 * requests the worker could not deliver, read from {@code inbox_requests}.
 */
enum MessageStatus {
    DELIVERED,
    FAILED;

    static MessageStatus parse(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return DELIVERED;
        }
        return Arrays.stream(values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new BadParameter("status", "must be one of " + Arrays.toString(values())));
    }
}
