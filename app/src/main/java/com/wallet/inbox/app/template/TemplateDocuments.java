package com.wallet.inbox.app.template;

import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Maps {@link TemplateVersion} to and from its document in {@code templates}; absent optionals are omitted. */
final class TemplateDocuments {

    private TemplateDocuments() {}

    static Document toDocument(TemplateVersion t) {
        Document doc = new Document("_id", TemplateVersion.documentId(t.templateCode(), t.version()))
                .append("templateCode", t.templateCode())
                .append("version", t.version());
        if (t.authClientId() != null) {
            doc.append("authClientId", t.authClientId());
        }
        return doc.append("defaultLanguage", t.defaultLanguage())
                .append(
                        "contents",
                        t.contents().stream().map(TemplateDocuments::variant).toList())
                .append("createdAt", Date.from(t.createdAt()));
    }

    static TemplateVersion fromDocument(Document doc) {
        List<TemplateVariant> contents = doc.getList("contents", Document.class).stream()
                .map(c -> new TemplateVariant(
                        c.getString("language"), c.getString("title"), c.getString("content"), c.getString("url")))
                .toList();
        return new TemplateVersion(
                doc.getString("templateCode"),
                doc.get("version", Number.class).longValue(),
                doc.getString("authClientId"),
                doc.getString("defaultLanguage"),
                contents,
                doc.getDate("createdAt").toInstant());
    }

    private static Document variant(TemplateVariant v) {
        Document doc = new Document("language", v.language())
                .append("title", v.title())
                .append("content", v.content());
        if (v.url() != null) {
            doc.append("url", v.url());
        }
        return doc;
    }
}
