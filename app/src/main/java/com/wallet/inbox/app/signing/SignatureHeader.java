package com.wallet.inbox.app.signing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code Signature} header, {@code algorithm=RSA256, keyVersion=1, signature=<url-encoded Base64>}.
 * The keyVersion is read but not used: a client has one registered key at a time.
 */
record SignatureHeader(String algorithm, String keyVersion, byte[] signature) {

    static final String RSA256 = "RSA256";

    static SignatureHeader parse(String header) {
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(
                        part.substring(0, equals).trim(),
                        part.substring(equals + 1).trim());
            }
        }
        String algorithm = parts.get("algorithm");
        String signature = parts.get("signature");
        if (!RSA256.equals(algorithm) || signature == null || signature.isEmpty()) {
            throw new InvalidSignature("Signature must be 'algorithm=RSA256, keyVersion=N, signature=<value>'");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(URLDecoder.decode(signature, StandardCharsets.UTF_8));
            return new SignatureHeader(algorithm, parts.getOrDefault("keyVersion", "1"), bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignature("signature must be URL-encoded Base64");
        }
    }

    static String format(String keyVersion, String urlEncodedSignature) {
        return "algorithm=" + RSA256 + ", keyVersion=" + keyVersion + ", signature=" + urlEncodedSignature;
    }
}
