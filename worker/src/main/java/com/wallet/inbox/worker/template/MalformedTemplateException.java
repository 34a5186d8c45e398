package com.wallet.inbox.worker.template;

/** A stored template version lacks a field it must have, so no message can be rendered from it. */
public class MalformedTemplateException extends RuntimeException {

    MalformedTemplateException(String message) {
        super(message);
    }
}
