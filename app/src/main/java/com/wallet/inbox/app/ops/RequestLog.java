package com.wallet.inbox.app.ops;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The identifiers every log line of a merchant call carries (MDC, so structured logs show them as
 * fields). Set once the body is parsed; {@link RequestLogFilter} clears them when the call ends. Only
 * identifiers go here: never the access token, a signature or template parameters.
 */
public final class RequestLog {

    static final String REQUEST_ID = "requestId";
    static final String AUTH_CLIENT_ID = "authClientId";
    static final String MESSAGE_ID = "messageId";

    private RequestLog() {}

    /** The call's own identifiers, as parsed; the authClientId may be absent until the token names it. */
    public static void request(String requestId, @Nullable String authClientId) {
        MDC.put(REQUEST_ID, requestId);
        if (authClientId != null) {
            MDC.put(AUTH_CLIENT_ID, authClientId);
        }
    }

    /** The client the access token belongs to, which is the one that counts. */
    public static void authClientId(String authClientId) {
        MDC.put(AUTH_CLIENT_ID, authClientId);
    }

    public static void messageId(String messageId) {
        MDC.put(MESSAGE_ID, messageId);
    }

    static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(AUTH_CLIENT_ID);
        MDC.remove(MESSAGE_ID);
    }
}
