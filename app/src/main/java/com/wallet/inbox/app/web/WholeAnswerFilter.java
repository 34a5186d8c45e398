package com.wallet.inbox.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends each merchant answer whole, with a {@code Content-Length}. Spring MVC flushes the response after writing
 * a {@code ResponseEntity}, which commits it before its length is known: Tomcat would then send it chunked, in
 * two socket writes (the body, then the closing chunk). Merchant answers are small JSON envelopes, so holding one
 * until the call ends costs a copy of a few hundred bytes and saves a write per call (BENCHMARKS.md, session 20).
 */
class WholeAnswerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            answer.copyBodyToResponse();
        }
    }
}
