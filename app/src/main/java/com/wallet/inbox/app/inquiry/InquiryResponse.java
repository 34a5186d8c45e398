package com.wallet.inbox.app.inquiry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wallet.inbox.schemas.Result;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The body answering inquiryInbox (CONTRACT.md); only the result when the inquiry itself fails. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InquiryResponse(
        Result result,
        String messageId,
        MessageStatus messageStatus,
        @Nullable String failureCode,
        @Nullable String failureMessage,
        Instant acceptedAt,
        @Nullable Instant deliveredAt) {

    enum MessageStatus {
        ACCEPTED,
        DELIVERED,
        FAILED
    }
}
