package com.wallet.inbox.app.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA256 as the Alipay+ SDKs do it: SHA256withRSA over
 * {@code <METHOD> <URI>\n<Client-Id>.<time>.<body>}, Base64, then URL-encoded UTF-8.
 */
final class RsaSignatures {

    private static final String ALGORITHM = "SHA256withRSA";

    private RsaSignatures() {}

    static String content(String method, String uri, String clientId, String time, String body) {
        return method + " " + uri + "\n" + clientId + "." + time + "." + body;
    }

    static String sign(PrivateKey key, String content) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            String base64 = Base64.getEncoder().encodeToString(signer.sign());
            return URLEncoder.encode(base64, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with the service key failed", e);
        }
    }

    static boolean verify(PublicKey key, String content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Base64 X.509 RSA public key", e);
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Base64 PKCS#8 RSA private key", e);
        }
    }
}
