package com.wallet.inbox.schemas;

/** The result envelope every merchant-facing response carries. */
public record Result(ResultStatus resultStatus, String resultCode, String resultMessage) {

    public static Result of(ResultCode code) {
        return new Result(code.status(), code.name(), code.defaultMessage());
    }

    public static Result of(ResultCode code, String message) {
        return new Result(code.status(), code.name(), message);
    }
}
