package com.wallet.inbox.schemas;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value of a record on {@link InboxTopics#SEND}, keyed by userId. It names the template version
 * that was current at acceptance, so the worker renders exactly what the merchant was promised.
 */
public record InboxSendEvent(
        int schemaVersion,
        String messageId,
        String requestId,
        String authClientId,
        String userId,
        String templateCode,
        long templateVersion,
        List<ContentTemplate> templates,
        @Nullable String extendInfo,
        Instant acceptedAt) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public InboxSendEvent {
        templates = List.copyOf(templates);
    }
}
