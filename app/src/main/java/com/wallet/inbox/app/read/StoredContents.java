package com.wallet.inbox.app.read;

import com.wallet.inbox.schemas.RenderedContent;
import java.util.List;
import org.bson.Document;

/** The {@code contents} array of an {@code inbox_messages} document, as the schema's records. */
final class StoredContents {

    private StoredContents() {}

    static List<RenderedContent> of(Document message) {
        return message.getList("contents", Document.class, List.of()).stream()
                .map(c -> new RenderedContent(
                        c.getString("language"),
                        c.getString("resolvedLanguage"),
                        c.getString("title"),
                        c.getString("content"),
                        c.getString("url")))
                .toList();
    }
}
