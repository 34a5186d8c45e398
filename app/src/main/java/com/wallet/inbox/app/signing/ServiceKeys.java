package com.wallet.inbox.app.signing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The service's key pair, which signs the answers to signing clients. */
@Component
class ServiceKeys {

    static final String KEY_VERSION = "1";

    private static final Logger log = LoggerFactory.getLogger(ServiceKeys.class);

    private final PrivateKey privateKey;
    private final String publicKeyBase64;

    ServiceKeys(SigningSettings settings) {
        if (isSet(settings.privateKey()) && isSet(settings.publicKey())) {
            this.privateKey = RsaSignatures.privateKey(settings.privateKey());
            this.publicKeyBase64 = settings.publicKey();
            RsaSignatures.publicKey(publicKeyBase64);
            return;
        }
        if (isSet(settings.privateKey()) || isSet(settings.publicKey())) {
            throw new IllegalStateException(
                    "Set both inbox.signing.private-key and inbox.signing.public-key, or neither");
        }
        log.warn("inbox.signing.private-key/public-key are not set: a new service key pair was generated;"
                + " signed answers will not verify after a restart or across instances");
        KeyPair pair = generate();
        this.privateKey = pair.getPrivate();
        this.publicKeyBase64 =
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    String sign(String content) {
        return RsaSignatures.sign(privateKey, content);
    }

    String publicKeyBase64() {
        return publicKeyBase64;
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has RSA", e);
        }
    }
}
