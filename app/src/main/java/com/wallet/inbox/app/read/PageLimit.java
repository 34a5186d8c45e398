package com.wallet.inbox.app.read;

import com.wallet.inbox.app.web.BadParameter;
import org.jspecify.annotations.Nullable;

/** How many items one page holds: 1 to 100, 20 when not given. */
record PageLimit(int value) {

    static final int DEFAULT = 20;
    static final int MAX = 100;

    PageLimit {
        if (value < 1 || value > MAX) {
            throw new BadParameter("limit", "must be an integer from 1 to " + MAX);
        }
    }

    static PageLimit parse(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return new PageLimit(DEFAULT);
        }
        try {
            return new PageLimit(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new BadParameter("limit", "must be an integer from 1 to " + MAX);
        }
    }
}
