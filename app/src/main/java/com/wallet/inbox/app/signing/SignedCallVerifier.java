package com.wallet.inbox.app.signing;

import com.wallet.inbox.app.access.AccessDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Checks a call from a client with a registered key: its headers, its time, its signature. */
class SignedCallVerifier {

    private final SigningSettings settings;
    private final Clock clock;

    SignedCallVerifier(SigningSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    void verify(HttpServletRequest request, byte[] body, AccessDirectory.ClientEntry client, String publicKey) {
        String clientId = required(request, "Client-Id");
        if (!clientId.equals(client.authClientId())) {
            throw new InvalidSignature("Client-Id is not the client of the access token");
        }
        String requestTime = required(request, "Request-Time");
        checkWindow(requestTime);
        SignatureHeader signature = SignatureHeader.parse(required(request, "Signature"));
        String content = RsaSignatures.content(
                request.getMethod(), uri(request), clientId, requestTime, new String(body, StandardCharsets.UTF_8));
        if (!RsaSignatures.verify(registeredKey(publicKey), content, signature.signature())) {
            throw new InvalidSignature("signature does not verify with the client's public key");
        }
    }

    /** The admin API checks keys when they are registered; one stored otherwise cannot verify anything. */
    private static PublicKey registeredKey(String publicKey) {
        try {
            return RsaSignatures.publicKey(publicKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignature("the client's registered public key is unusable");
        }
    }

    static String uri(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private void checkWindow(String requestTime) {
        Instant sent;
        try {
            sent = OffsetDateTime.parse(requestTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSignature(
                    "Request-Time must be ISO 8601 with an offset, e.g. 2019-04-04T12:08:56.253+05:30");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(settings.maxClockSkew()) > 0) {
            throw new InvalidSignature("Request-Time is outside the accepted window of " + settings.maxClockSkew());
        }
    }

    private static String required(HttpServletRequest request, String header) {
        @Nullable String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            throw new InvalidSignature(header + " header is required for this client");
        }
        return value.trim();
    }
}
