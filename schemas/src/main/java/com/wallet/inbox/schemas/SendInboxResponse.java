package com.wallet.inbox.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The body answering sendInbox: the result, and the messageId once accepted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendInboxResponse(
        Result result, @Nullable String messageId, @Nullable String extendInfo) {

    public static SendInboxResponse failed(Result result) {
        return new SendInboxResponse(result, null, null);
    }
}
