package com.wallet.inbox.app.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wallet.inbox.schemas.RenderedContent;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * One row of the analysts' list, for a delivered message (its stored fields) or a failed request
 * (its failure reason, no contents). Absent fields are omitted from the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessageItem(
        String messageId,
        String status,
        @Nullable String requestId,
        @Nullable String authClientId,
        @Nullable String userId,
        @Nullable String templateCode,
        @Nullable Long templateVersion,
        @Nullable List<RenderedContent> contents,
        @Nullable String extendInfo,
        @Nullable Instant acceptedAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant readAt,
        @Nullable String failureCode,
        @Nullable String failureMessage,
        @Nullable Instant failedAt) {

    static MessageItem delivered(Document message) {
        return new MessageItem(
                message.getString("_id"),
                "DELIVERED",
                message.getString("requestId"),
                message.getString("authClientId"),
                message.getString("userId"),
                message.getString("templateCode"),
                version(message),
                StoredContents.of(message),
                message.getString("extendInfo"),
                instant(message, "acceptedAt"),
                instant(message, "deliveredAt"),
                instant(message, "readAt"),
                null,
                null,
                null);
    }

    /**
     * A request, as the inquiry API reports it: FAILED with its reason, else ACCEPTED (not delivered yet).
     * Its mark sets acceptedAt to createdAt, so a record whose mark is still in flight gives createdAt.
     */
    static MessageItem request(Document request) {
        return new MessageItem(
                request.getString("_id"),
                "FAILED".equals(request.getString("status")) ? "FAILED" : "ACCEPTED",
                request.getString("requestId"),
                request.getString("authClientId"),
                request.getString("userId"),
                request.getString("templateCode"),
                version(request),
                null,
                null,
                instant(request, request.containsKey("acceptedAt") ? "acceptedAt" : "createdAt"),
                null,
                null,
                request.getString("failureCode"),
                request.getString("failureMessage"),
                instant(request, "failedAt"));
    }

    private static @Nullable Long version(Document document) {
        Number version = document.get("templateVersion", Number.class);
        return version == null ? null : version.longValue();
    }

    static @Nullable Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
