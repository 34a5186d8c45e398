package com.wallet.inbox.app.intake;

import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Maps {@link InboxRequest} to and from its document; absent optional fields are omitted. */
final class InboxRequestDocuments {

    private InboxRequestDocuments() {}

    static Document toDocument(InboxRequest r) {
        Document doc = new Document("_id", r.messageId())
                .append("messageId", r.messageId())
                .append("authClientId", r.authClientId())
                .append("requestId", r.requestId())
                .append("userId", r.userId())
                .append("templateCode", r.templateCode())
                .append("templateVersion", r.templateVersion())
                .append("fingerprint", r.fingerprint())
                .append("status", r.status().name())
                .append("createdAt", Date.from(r.createdAt()));
        putIfPresent(doc, "failureCode", r.failureCode());
        putIfPresent(doc, "failureMessage", r.failureMessage());
        putIfPresent(doc, "acceptedAt", r.acceptedAt() == null ? null : Date.from(r.acceptedAt()));
        putIfPresent(doc, "failedAt", r.failedAt() == null ? null : Date.from(r.failedAt()));
        return doc;
    }

    static InboxRequest fromDocument(Document doc) {
        return new InboxRequest(
                doc.getString("messageId"),
                doc.getString("authClientId"),
                doc.getString("requestId"),
                doc.getString("userId"),
                doc.getString("templateCode"),
                doc.get("templateVersion", Number.class).longValue(),
                doc.getString("fingerprint"),
                RequestStatus.valueOf(doc.getString("status")),
                doc.getString("failureCode"),
                doc.getString("failureMessage"),
                doc.getDate("createdAt").toInstant(),
                instant(doc.getDate("acceptedAt")),
                instant(doc.getDate("failedAt")));
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private static void putIfPresent(Document doc, String field, @Nullable Object value) {
        if (value != null) {
            doc.append(field, value);
        }
    }
}
