package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.FailureCode;
import org.jspecify.annotations.Nullable;

/** A record that can never be delivered, however often it is retried. */
class DeliveryFailure extends RuntimeException {

    private final FailureCode code;
    private final @Nullable String messageId;

    DeliveryFailure(FailureCode code, String reason, @Nullable String messageId) {
        super(reason, null, false, false);
        this.code = code;
        this.messageId = messageId;
    }

    FailureCode code() {
        return code;
    }

    @Nullable
    String messageId() {
        return messageId;
    }
}
