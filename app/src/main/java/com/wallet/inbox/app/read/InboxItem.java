package com.wallet.inbox.app.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wallet.inbox.schemas.RenderedContent;
import java.time.Instant;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** One message of a user's inbox, in the one language chosen for the reader. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InboxItem(
        String messageId,
        String templateCode,
        String language,
        String resolvedLanguage,
        String title,
        String content,
        @Nullable String url,
        @Nullable String extendInfo,
        Instant deliveredAt,
        @Nullable Instant readAt,
        boolean read) {

    static InboxItem of(Document message, @Nullable String reader) {
        RenderedContent chosen = ContentChoice.choose(StoredContents.of(message), reader);
        Instant readAt = MessageItem.instant(message, "readAt");
        return new InboxItem(
                message.getString("_id"),
                message.getString("templateCode"),
                chosen.language(),
                chosen.resolvedLanguage(),
                chosen.title(),
                chosen.content(),
                chosen.url(),
                message.getString("extendInfo"),
                Objects.requireNonNull(MessageItem.instant(message, "deliveredAt")),
                readAt,
                readAt != null);
    }
}
