package com.wallet.inbox.app.deadletter;

/** No record at the given partition and offset of the dead-letter topic: 404. */
class DeadLetterNotFound extends RuntimeException {

    DeadLetterNotFound(int partition, long offset) {
        super("No dead letter at partition " + partition + " offset " + offset, null, false, false);
    }
}
