package com.wallet.inbox.app.admin;

/** An admin request refused with 400, naming the field. */
class AdminBadRequest extends RuntimeException {

    private final String field;

    AdminBadRequest(String field, String problem) {
        super(field + " " + problem, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
