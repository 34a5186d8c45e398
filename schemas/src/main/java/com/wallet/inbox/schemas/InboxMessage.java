package com.wallet.inbox.schemas;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A document of {@link InboxCollections#MESSAGES}: one delivered message, {@code _id} = messageId. */
public record InboxMessage(
        String messageId,
        String requestId,
        String authClientId,
        String userId,
        String templateCode,
        long templateVersion,
        List<RenderedContent> contents,
        @Nullable String extendInfo,
        Instant acceptedAt,
        Instant deliveredAt,
        @Nullable Instant readAt) {

    public InboxMessage {
        contents = List.copyOf(contents);
    }
}
