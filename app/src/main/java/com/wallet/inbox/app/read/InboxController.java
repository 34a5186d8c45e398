package com.wallet.inbox.app.read;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users/{userId}/inbox}: the wallet backend's view of one user's inbox. */
@RestController
class InboxController {

    private final UserInbox inbox;

    InboxController(UserInbox inbox) {
        this.inbox = inbox;
    }

    record UnreadCount(String userId, long unread) {}

    record ReadReceipt(String messageId, Instant readAt) {}

    record AllRead(String userId, long marked) {}

    @GetMapping("/api/v1/users/{userId}/inbox")
    Page<InboxItem> page(
            @PathVariable String userId,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return inbox.page(userId, MessageQuery.language(language), PageLimit.parse(limit), Cursor.parse(cursor));
    }

    @GetMapping("/api/v1/users/{userId}/inbox/unread-count")
    UnreadCount unread(@PathVariable String userId) {
        return new UnreadCount(userId, inbox.unread(userId));
    }

    @PostMapping("/api/v1/users/{userId}/inbox/{messageId}/read")
    ReadReceipt read(@PathVariable String userId, @PathVariable String messageId) {
        return new ReadReceipt(messageId, inbox.markRead(userId, messageId));
    }

    @PostMapping("/api/v1/users/{userId}/inbox/read-all")
    AllRead readAll(@PathVariable String userId) {
        return new AllRead(userId, inbox.markAllRead(userId));
    }
}
