package com.wallet.inbox.schemas;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document of {@link InboxCollections#REQUESTS}: one per (authClientId, requestId), unique, {@code _id} =
 * messageId. The fingerprint is a hash of the request's content, so a repeat with other content is seen.
 */
public record InboxRequest(
        String messageId,
        String authClientId,
        String requestId,
        String userId,
        String templateCode,
        long templateVersion,
        String fingerprint,
        RequestStatus status,
        @Nullable String failureCode,
        @Nullable String failureMessage,
        Instant createdAt,
        @Nullable Instant acceptedAt,
        @Nullable Instant failedAt) {}
