package com.wallet.inbox.worker.deadletter;

import com.wallet.inbox.schemas.FailureCode;

/** Carries the failure code and reason of a {@link FailedRecord} into the dead letter's headers. */
class DeadLetterCause extends RuntimeException {

    private final FailureCode code;

    DeadLetterCause(FailureCode code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    FailureCode code() {
        return code;
    }
}
