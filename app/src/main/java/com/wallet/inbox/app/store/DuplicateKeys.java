package com.wallet.inbox.app.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

/** Recognises the unique-index violation (code 11000) that several features use as their dedupe signal. */
public final class DuplicateKeys {

    private DuplicateKeys() {}

    public static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
        }
        return e.getCode() == 11000;
    }
}
