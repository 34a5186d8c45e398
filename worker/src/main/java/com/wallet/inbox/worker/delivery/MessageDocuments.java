package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.RenderedContent;
import java.util.Date;
import org.bson.Document;

/** The {@code inbox_messages} shape analysts query: the record's fields, dates as BSON dates, nulls omitted. */
final class MessageDocuments {

    private MessageDocuments() {}

    static Document toDocument(InboxMessage message) {
        var document = new Document("_id", message.messageId())
                .append("messageId", message.messageId())
                .append("requestId", message.requestId())
                .append("authClientId", message.authClientId())
                .append("userId", message.userId())
                .append("templateCode", message.templateCode())
                .append("templateVersion", message.templateVersion())
                .append(
                        "contents",
                        message.contents().stream()
                                .map(MessageDocuments::toDocument)
                                .toList());
        if (message.extendInfo() != null) {
            document.append("extendInfo", message.extendInfo());
        }
        return document.append("acceptedAt", Date.from(message.acceptedAt()))
                .append("deliveredAt", Date.from(message.deliveredAt()));
    }

    private static Document toDocument(RenderedContent content) {
        var document = new Document("language", content.language())
                .append("resolvedLanguage", content.resolvedLanguage())
                .append("title", content.title())
                .append("content", content.content());
        if (content.url() != null) {
            document.append("url", content.url());
        }
        return document;
    }
}
