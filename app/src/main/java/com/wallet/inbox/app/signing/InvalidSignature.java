package com.wallet.inbox.app.signing;

/** A signed call that fails verification; answered F INVALID_SIGNATURE with this message. */
class InvalidSignature extends RuntimeException {

    InvalidSignature(String message) {
        super(message, null, false, false);
    }
}
