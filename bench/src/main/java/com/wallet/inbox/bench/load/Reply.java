package com.wallet.inbox.bench.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The part of a sendInbox answer the benchmark looks at. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Reply(@Nullable Outcome result, @Nullable String messageId) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Outcome(@Nullable String resultStatus, @Nullable String resultCode) {}

    boolean accepted() {
        return result != null && ("A".equals(result.resultStatus()) || "S".equals(result.resultStatus()));
    }

    String code() {
        return result == null || result.resultCode() == null ? "NO_RESULT" : result.resultCode();
    }
}
