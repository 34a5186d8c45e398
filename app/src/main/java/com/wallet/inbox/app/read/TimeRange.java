package com.wallet.inbox.app.read;

import com.wallet.inbox.app.web.BadParameter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** A half-open time range {@code [from, to)} of ISO-8601 instants; either end may be open. */
record TimeRange(@Nullable Instant from, @Nullable Instant to) {

    TimeRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadParameter("from", "must be before to");
        }
    }

    static TimeRange parse(@Nullable String from, @Nullable String to) {
        return new TimeRange(instant("from", from), instant("to", to));
    }

    static @Nullable Instant instant(String parameter, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "must be an ISO-8601 instant such as 2026-11-26T00:00:00Z");
        }
    }
}
