package com.wallet.inbox.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant-API body read as raw bytes (at most 64 KiB) and parsed as a JSON object with the tree
 * model, so that every problem can be reported naming the field rather than as a generic parse error.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 64 * 1024;

    private static final String PARSED = JsonBody.class.getName() + ".PARSED";

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /**
     * The body a filter before the controller already parsed (see {@link #parseAhead}), or else the
     * request's body read and parsed now.
     */
    public static JsonBody read(HttpServletRequest request) {
        if (request.getAttribute(PARSED) instanceof JsonBody parsed) {
            return parsed;
        }
        return parse(readBounded(request));
    }

    /**
     * For a filter that needs a field of the body before the controller does: parses it once for both
     * and keeps it on the request. Empty when the body is too large or not a JSON object; the controller
     * then reads it again and names the problem.
     */
    public static Optional<JsonBody> parseAhead(HttpServletRequest request, byte[] body) {
        if (body.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            JsonBody parsed = parse(body);
            request.setAttribute(PARSED, parsed);
            return Optional.of(parsed);
        } catch (Rejection e) {
            return Optional.empty();
        }
    }

    public static JsonBody parse(byte[] body) {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw Rejection.illegal("body", "is not well-formed JSON");
        }
        if (root == null || !root.isObject()) {
            throw Rejection.illegal("body", "must be a JSON object");
        }
        return new JsonBody(root);
    }

    private static byte[] readBounded(HttpServletRequest request) {
        try {
            byte[] body = readUpToLimit(request);
            if (body.length > MAX_BYTES) {
                throw Rejection.illegal("body", "must be at most " + MAX_BYTES + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request's body, with at most one byte over {@link #MAX_BYTES} kept so that the caller still sees
     * it as too large. A body that declares its length is read into arrays of that length: reading up to the
     * limit allocated an 8 KiB buffer for each call's few hundred bytes (session 16's profile in
     * BENCHMARKS.md). Tomcat ends the stream at the declared length, so a longer body cannot slip through.
     */
    public static byte[] readUpToLimit(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        int limit = declared >= 0 && declared < MAX_BYTES ? (int) declared + 1 : MAX_BYTES + 1;
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(limit);
        }
    }

    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) {
            throw Rejection.illegal(field, "is required");
        }
        return value;
    }

    public @Nullable String optionalString(String field) {
        return Fields.optionalString(root.get(field), field);
    }

    public @Nullable JsonNode get(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
