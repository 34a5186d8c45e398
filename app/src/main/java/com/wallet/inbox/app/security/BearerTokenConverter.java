package com.wallet.inbox.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Reads {@code Authorization: Bearer <token>}; no header means an anonymous request. */
class BearerTokenConverter implements AuthenticationConverter {

    private static final String PREFIX = "Bearer ";

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() == PREFIX.length()) {
            throw new BadCredentialsException("The Authorization header must be 'Bearer <token>'");
        }
        return new PreAuthenticatedAuthenticationToken(
                "bearer", header.substring(PREFIX.length()).trim());
    }
}
