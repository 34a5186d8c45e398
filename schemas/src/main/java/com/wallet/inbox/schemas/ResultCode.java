package com.wallet.inbox.schemas;

/** The result codes the merchant API answers with, each with its status and default message. */
public enum ResultCode {
    SUCCESS(ResultStatus.S, "Success."),
    ACCEPT(ResultStatus.A, "The request is accepted."),
    UNKNOWN_EXCEPTION(ResultStatus.U, "An API calling is failed, which is caused by unknown reasons."),
    PARAM_ILLEGAL(ResultStatus.F, "Illegal parameters."),
    PROCESS_FAIL(ResultStatus.F, "A general business failure occurred. Do not retry."),
    INVALID_API(ResultStatus.F, "The called API is invalid or not active."),
    ACCESS_DENIED(ResultStatus.F, "Access is denied."),
    REQUEST_TRAFFIC_EXCEED_LIMIT(ResultStatus.F, "The request traffic exceeds the limit."),
    METHOD_NOT_SUPPORTED(ResultStatus.F, "The server does not implement the requested HTTPS method."),
    MEDIA_TYPE_NOT_ACCEPTABLE(
            ResultStatus.F, "The server does not implement the media type that is acceptable to the client."),
    INVALID_CLIENT(ResultStatus.F, "The client is invalid."),
    INVALID_SIGNATURE(ResultStatus.F, "The signature is invalid."),
    INVALID_ACCESS_TOKEN(ResultStatus.F, "The access token is invalid."),
    EXPIRED_ACCESS_TOKEN(ResultStatus.F, "The access token is expired."),
    INVALID_AUTH_CLIENT(ResultStatus.F, "The authentication client ID is invalid."),
    USER_STATUS_ERROR(ResultStatus.F, "The user account status is wrong."),
    VERIFY_REQUEST_ID_INVALID(ResultStatus.F, "The request ID is invalid."),
    TEMPLATE_NOT_EXIST(ResultStatus.F, "The template does not exist."),
    REPEAT_REQ_INCONSISTENT(ResultStatus.F, "Repeated request, inconsistent.");

    private final ResultStatus status;
    private final String defaultMessage;

    ResultCode(ResultStatus status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public ResultStatus status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
