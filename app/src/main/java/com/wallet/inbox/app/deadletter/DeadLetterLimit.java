package com.wallet.inbox.app.deadletter;

import com.wallet.inbox.app.web.BadParameter;
import org.jspecify.annotations.Nullable;

/** How many dead letters one call lists or replays: 1 to 500, which bounds what it reads and sends. */
record DeadLetterLimit(int value) {

    static final int MAX = 500;
    static final int DEFAULT_LIST = 100;

    DeadLetterLimit {
        if (value < 1 || value > MAX) {
            throw new BadParameter("limit", "must be an integer from 1 to " + MAX);
        }
    }

    static DeadLetterLimit parse(@Nullable String value, int absent) {
        if (value == null || value.isEmpty()) {
            return new DeadLetterLimit(absent);
        }
        try {
            return new DeadLetterLimit(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new BadParameter("limit", "must be an integer from 1 to " + MAX);
        }
    }
}
