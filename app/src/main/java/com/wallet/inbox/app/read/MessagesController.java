package com.wallet.inbox.app.read;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/messages} and {@code GET /api/v1/messages/{messageId}} for analysts. */
@RestController
class MessagesController {

    private final MessageListing listing;

    MessagesController(MessageListing listing) {
        this.listing = listing;
    }

    @GetMapping("/api/v1/messages")
    Page<MessageItem> list(
            @RequestParam(required = false) @Nullable String userId,
            @RequestParam(required = false) @Nullable String authClientId,
            @RequestParam(required = false) @Nullable String templateCode,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return listing.list(new MessageQuery(
                userId,
                authClientId,
                templateCode,
                language,
                MessageStatus.parse(status),
                TimeRange.parse(from, to),
                PageLimit.parse(limit),
                Cursor.parse(cursor)));
    }

    @GetMapping("/api/v1/messages/{messageId}")
    MessageItem one(@PathVariable String messageId) {
        return listing.find(messageId).orElseThrow(() -> new ReadNotFound("No message " + messageId));
    }
}
