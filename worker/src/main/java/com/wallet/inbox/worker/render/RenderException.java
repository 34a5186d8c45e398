package com.wallet.inbox.worker.render;

import com.wallet.inbox.schemas.FailureCode;

/**
 * A message that cannot be rendered from its template: rendering it again would fail the same way.
 * The message names the placeholder or limit, never a parameter value.
 */
public class RenderException extends RuntimeException {

    private final FailureCode code;

    RenderException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
