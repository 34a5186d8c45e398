package com.wallet.inbox.app.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Checks on single JSON values, reporting PARAM_ILLEGAL with the field's path. */
public final class Fields {

    private Fields() {}

    /** JSON null counts as absent: merchants' SDKs commonly serialise unset fields as null. */
    public static @Nullable String optionalString(@Nullable JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw Rejection.illegal(field, "must be a string");
        }
        return node.stringValue();
    }

    public static String checkLength(String value, String field, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw Rejection.illegal(
                    field,
                    min == 0
                            ? "must be at most " + max + " characters"
                            : "must be " + min + " to " + max + " characters");
        }
        return value;
    }
}
