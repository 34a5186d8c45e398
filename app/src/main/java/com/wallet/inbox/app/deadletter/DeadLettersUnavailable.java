package com.wallet.inbox.app.deadletter;

/** Kafka did not answer in time, for reading the dead letters or acknowledging a replay: 503. */
class DeadLettersUnavailable extends RuntimeException {

    DeadLettersUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    DeadLettersUnavailable(String message) {
        super(message, null, false, false);
    }
}
