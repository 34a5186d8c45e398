package com.wallet.inbox.app.read;

/** A read-API query parameter refused with 400, naming the parameter. */
class BadReadParameter extends RuntimeException {

    private final String parameter;

    BadReadParameter(String parameter, String problem) {
        super(parameter + " " + problem, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
