package com.wallet.inbox.schemas;

import java.time.Instant;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapping shared by producer and consumer of the Kafka event, so both sides agree on it
 * whatever each application's own HTTP mapper is configured to do. Instants are ISO-8601 strings;
 * unknown properties are ignored, so a newer producer does not break an older worker. Instants are read
 * with {@link Rfc3339InstantDeserializer}, which takes what Jackson takes, faster.
 */
public final class InboxJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(
                    new SimpleModule("inbox-instants").addDeserializer(Instant.class, new Rfc3339InstantDeserializer()))
            .build();

    private InboxJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
