package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.web.Fields;
import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns a sendInbox body into a {@link SendInboxCommand}, or a PARAM_ILLEGAL result naming the field. */
final class SendInboxParser {

    static final int MAX_TEMPLATES = 5;
    static final int MAX_PARAMETER_VALUE = 4096;
    static final int MAX_EXTEND_INFO = 4096;
    static final int MAX_AUTH_CLIENT_ID = 128;

    private SendInboxParser() {}

    static SendInboxCommand parse(JsonBody body) {
        AccessToken accessToken = valueOf(body.requiredString("accessToken"), "accessToken", AccessToken::new);
        String authClientId = optionalBounded(body.optionalString("authClientId"), "authClientId", MAX_AUTH_CLIENT_ID);
        RequestId requestId = requestId(body);
        TemplateCode templateCode = valueOf(body.requiredString("templateCode"), "templateCode", TemplateCode::new);
        List<Template> templates = templates(body.get("templates"));
        String extendInfo = optionalBounded(body.optionalString("extendInfo"), "extendInfo", MAX_EXTEND_INFO);
        return new SendInboxCommand(accessToken, authClientId, requestId, templateCode, templates, extendInfo);
    }

    /** A bad requestId has its own result code in the API document. */
    static RequestId requestId(JsonBody body) {
        JsonNode node = body.get("requestId");
        if (node == null || !node.isString()) {
            throw new Rejection(ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId is required and must be a string");
        }
        try {
            return new RequestId(node.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Rejection(ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId " + e.getMessage());
        }
    }

    static @Nullable String optionalBounded(@Nullable String value, String field, int max) {
        return value == null ? null : Fields.checkLength(value, field, 0, max);
    }

    static List<Template> templates(@Nullable JsonNode node) {
        if (node == null) {
            throw Rejection.illegal("templates", "is required");
        }
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_TEMPLATES) {
            throw Rejection.illegal("templates", "must be an array of 1 to " + MAX_TEMPLATES + " templates");
        }
        List<Template> templates = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            Template template = template(node.get(i), "templates[" + i + "]");
            if (!languages.add(template.language().key())) {
                throw Rejection.illegal("templates[" + i + "].language", "duplicates the language of another template");
            }
            templates.add(template);
        }
        return templates;
    }

    private static Template template(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Rejection.illegal(path, "must be an object");
        }
        String language = Fields.optionalString(node.get("language"), path + ".language");
        if (language == null) {
            throw Rejection.illegal(path + ".language", "is required");
        }
        return new Template(
                valueOf(language, path + ".language", LanguageTag::new),
                parameters(node.get("templateParameters"), path + ".templateParameters"));
    }

    private static Map<String, String> parameters(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw Rejection.illegal(path, "must be an object of string values");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String field = path + "." + entry.getKey();
            ParameterName name = valueOf(entry.getKey(), field, ParameterName::new);
            JsonNode value = entry.getValue();
            if (!value.isString()) {
                throw Rejection.illegal(field, "must be a string");
            }
            parameters.put(name.value(), Fields.checkLength(value.stringValue(), field, 0, MAX_PARAMETER_VALUE));
        }
        return parameters;
    }

    static <T> T valueOf(String raw, String field, Function<String, T> type) {
        try {
            return type.apply(raw);
        } catch (IllegalArgumentException e) {
            throw Rejection.illegal(field, e.getMessage());
        }
    }
}
