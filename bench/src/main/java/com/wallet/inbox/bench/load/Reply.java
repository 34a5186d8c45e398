package com.wallet.inbox.bench.load;

import com.wallet.inbox.schemas.InboxJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The part of a sendInbox answer the benchmark looks at. */
record Reply(@Nullable Outcome result, @Nullable String messageId) {

    record Outcome(@Nullable String resultStatus, @Nullable String resultCode) {}

    /**
     * Reads an answer, or null when it is not a JSON object. A streaming read of the three fields, not data
     * binding: binding the record (its constructor called through a method handle) was about a tenth of the
     * load generator's CPU per call.
     */
    static @Nullable Reply parse(byte[] body) {
        try (JsonParser parser = InboxJson.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Outcome result = null;
            String messageId = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if ("result".equals(name) && value == JsonToken.START_OBJECT) {
                    result = outcome(parser);
                } else if ("messageId".equals(name)) {
                    messageId = text(parser, value);
                } else {
                    parser.skipChildren();
                }
            }
            return new Reply(result, messageId);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Outcome outcome(JsonParser parser) {
        String status = null;
        String code = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "resultStatus" -> status = text(parser, value);
                case "resultCode" -> code = text(parser, value);
                default -> parser.skipChildren();
            }
        }
        return new Outcome(status, code);
    }

    private static @Nullable String text(JsonParser parser, JsonToken value) {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return parser.getString();
        }
        parser.skipChildren();
        return null;
    }

    boolean accepted() {
        return result != null && ("A".equals(result.resultStatus()) || "S".equals(result.resultStatus()));
    }

    String code() {
        return result == null || result.resultCode() == null ? "NO_RESULT" : result.resultCode();
    }
}
