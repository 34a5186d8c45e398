package com.wallet.inbox.app.deadletter;

/** A dead-letter admin request refused with 400, naming the parameter. */
class BadDeadLetterRequest extends RuntimeException {

    private final String parameter;

    BadDeadLetterRequest(String parameter, String problem) {
        super(parameter + " " + problem, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
