package com.wallet.inbox.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Accepts the configured admin or reader token, compared in constant time, and grants its role. */
class StaticTokenAuthenticationManager implements AuthenticationManager {

    private final byte[] adminToken;
    private final byte[] readerToken;

    StaticTokenAuthenticationManager(SecuritySettings settings) {
        this.adminToken = settings.adminToken().getBytes(StandardCharsets.UTF_8);
        this.readerToken = settings.readerToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] presented = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(presented, adminToken)) {
            return granted("admin", "ROLE_ADMIN");
        }
        if (MessageDigest.isEqual(presented, readerToken)) {
            return granted("reader", "ROLE_READER");
        }
        throw new BadCredentialsException("The bearer token is not valid");
    }

    private static Authentication granted(String name, String role) {
        return new PreAuthenticatedAuthenticationToken(name, null, List.of(new SimpleGrantedAuthority(role)));
    }
}
