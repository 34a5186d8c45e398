package com.wallet.inbox.app.web;

import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;

/** A merchant-API request refused with a business or validation result; answered with HTTP 200. */
public class Rejection extends RuntimeException {

    private final ResultCode code;

    public Rejection(ResultCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Rejection(ResultCode code) {
        this(code, code.defaultMessage());
    }

    /** PARAM_ILLEGAL naming the field, e.g. {@code templates[1].language must be a BCP 47 tag}. */
    public static Rejection illegal(String field, String problem) {
        return new Rejection(ResultCode.PARAM_ILLEGAL, field + " " + problem);
    }

    public Result result() {
        return Result.of(code, getMessage());
    }

    public ResultCode code() {
        return code;
    }
}
