package com.wallet.inbox.app.admin;

import com.wallet.inbox.app.web.BadParameter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Field checks on admin bodies, each failure a 400 naming the field. */
final class AdminJson {

    private AdminJson() {}

    static JsonNode object(@Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadParameter("body", "must be a JSON object");
        }
        return body;
    }

    static String required(JsonNode parent, String field, String path, int max) {
        String value = optional(parent, field, path, max);
        if (value == null || value.isEmpty()) {
            throw new BadParameter(path, "is required");
        }
        return value;
    }

    static @Nullable String optional(JsonNode parent, String field, String path, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new BadParameter(path, "must be a string");
        }
        return bounded(node.stringValue(), path, max);
    }

    static String bounded(String value, String path, int max) {
        if (value.isEmpty() || value.codePointCount(0, value.length()) > max) {
            throw new BadParameter(path, "must be 1 to " + max + " characters");
        }
        return value;
    }

    static <E extends Enum<E>> E oneOf(JsonNode parent, String field, Class<E> type) {
        String value = required(parent, field, field, 64);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
