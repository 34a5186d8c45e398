package com.wallet.inbox.app.read;

/** A message that does not exist, or not for the user named in the path: 404. */
class ReadNotFound extends RuntimeException {

    ReadNotFound(String message) {
        super(message, null, false, false);
    }
}
