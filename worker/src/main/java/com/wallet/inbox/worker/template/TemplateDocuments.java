package com.wallet.inbox.worker.template;

import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Maps a {@code templates} document to a {@link TemplateVersion}, by hand as the team does everywhere. */
final class TemplateDocuments {

    private TemplateDocuments() {}

    static TemplateVersion toTemplateVersion(Document document) {
        if (!(document.get("contents") instanceof List<?> contents)
                || !contents.stream().allMatch(Document.class::isInstance)) {
            throw new MalformedTemplateException("template field contents is missing or malformed");
        }
        var createdAt = document.get("createdAt") instanceof Date date ? date.toInstant() : Instant.EPOCH;
        return new TemplateVersion(
                required(document, "templateCode"),
                requiredNumber(document, "version"),
                document.get("authClientId") instanceof String client ? client : null,
                required(document, "defaultLanguage"),
                contents.stream()
                        .map(Document.class::cast)
                        .map(TemplateDocuments::toVariant)
                        .toList(),
                createdAt);
    }

    private static TemplateVariant toVariant(Document content) {
        return new TemplateVariant(
                required(content, "language"),
                required(content, "title"),
                required(content, "content"),
                content.get("url") instanceof String url ? url : null);
    }

    private static String required(Document document, String field) {
        if (!(document.get(field) instanceof String value)) {
            throw new MalformedTemplateException("template field " + field + " is missing or not text");
        }
        return value;
    }

    private static long requiredNumber(Document document, String field) {
        if (!(document.get(field) instanceof Number number)) {
            throw new MalformedTemplateException("template field " + field + " is missing");
        }
        return number.longValue();
    }
}
