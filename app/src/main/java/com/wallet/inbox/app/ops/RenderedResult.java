package com.wallet.inbox.app.ops;

import com.wallet.inbox.schemas.Result;
import jakarta.servlet.ServletRequest;

/**
 * The resultCode a merchant call was answered with, noted where results are rendered (the MVC response
 * path, see {@link RenderedResultAdvice}, and filters that answer by themselves) for {@link IntakeMetricsFilter}.
 */
public final class RenderedResult {

    private static final String ATTRIBUTE = RenderedResult.class.getName();

    /** What the metrics say when no result was rendered (e.g. the connection broke first). */
    static final String NONE = "NONE";

    private RenderedResult() {}

    public static void remember(ServletRequest request, Result result) {
        request.setAttribute(ATTRIBUTE, result.resultCode());
    }

    static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String code ? code : NONE;
    }
}
