package com.wallet.inbox.app.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs a merchant call exactly as the Alipay+ SDKs do: SHA256withRSA over
 * {@code <METHOD> <URI>\n<Client-Id>.<Request-Time>.<body>}, Base64, then URL-encoded UTF-8. Written
 * apart from the production code so that the two cannot share a mistake.
 */
public final class SdkSigner {

    public final KeyPair keys;

    public SdkSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String signature(String method, String uri, String clientId, String time, String body) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(
                    (method + " " + uri + "\n" + clientId + "." + time + "." + body).getBytes(StandardCharsets.UTF_8));
            String value = URLEncoder.encode(Base64.getEncoder().encodeToString(rsa.sign()), StandardCharsets.UTF_8);
            return "algorithm=RSA256, keyVersion=1, signature=" + value;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder post(Http http, String path, String clientId, String time, String body) {
        return HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", clientId)
                .header("Request-Time", time)
                .header("Signature", signature("POST", path, clientId, time, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Verifies a signed answer with the service's published key, as the SDK does. */
    public static boolean verifies(String servicePublicKey, String content, String signatureHeader) {
        try {
            String value = signatureHeader.substring(signatureHeader.indexOf("signature=") + "signature=".length());
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(
                            Base64.getDecoder().decode(servicePublicKey))));
            rsa.update(content.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
