package com.wallet.inbox.app.admin;

/** An admin GET of something that does not exist: 404. */
class AdminNotFound extends RuntimeException {

    AdminNotFound(String message) {
        super(message, null, false, false);
    }
}
