package com.wallet.inbox.app.signing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request signing.
 *
 * @param maxClockSkew how far a signed call's Request-Time may be from now, either way; beyond it the
 *     call is refused, which bounds how long a captured request can be replayed
 * @param privateKey the service's Base64 PKCS#8 RSA private key that signs responses
 * @param publicKey its Base64 X.509 public key, published at {@code GET /v2/keys/service-public-key};
 *     when both are unset a key pair is generated at startup (fine for one instance in development only)
 */
@ConfigurationProperties("inbox.signing")
record SigningSettings(
        Duration maxClockSkew,
        @Nullable String privateKey,
        @Nullable String publicKey) {}
