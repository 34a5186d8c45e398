package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.access.TokenHash;
import com.wallet.inbox.schemas.InboxJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The hash of what a request asks for, to tell a retry from a reuse of its requestId. It covers the
 * user, the template code, the templates as a set keyed by language (parameters sorted) and extendInfo;
 * not the access token, which merchants may refresh between retries.
 */
record Fingerprint(String value) {

    static Fingerprint of(
            String userId, TemplateCode templateCode, List<Template> templates, @Nullable String extendInfo) {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        templates.forEach(t -> byLanguage.put(t.language().key(), new TreeMap<>(t.parameters())));
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("userId", userId);
        canonical.put("templateCode", templateCode.value());
        canonical.put("templates", byLanguage);
        canonical.put("extendInfo", extendInfo);
        // JSON escaping makes the form unambiguous: no choice of values can collide with other fields.
        return new Fingerprint(TokenHash.sha256Hex(InboxJson.mapper().writeValueAsString(canonical)));
    }
}
