package com.wallet.inbox.schemas;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document of {@link InboxCollections#TEMPLATES}: one immutable version of a template. Each admin PUT
 * adds a version; the app stamps the current one on the event and the worker renders that one.
 * {@code authClientId} null means every client may use it.
 */
public record TemplateVersion(
        String templateCode,
        long version,
        @Nullable String authClientId,
        String defaultLanguage,
        List<TemplateVariant> contents,
        Instant createdAt) {

    public TemplateVersion {
        contents = List.copyOf(contents);
    }

    /** The {@code _id} of a version: unique, and readable in mongosh. */
    public static String documentId(String templateCode, long version) {
        return templateCode + "#" + version;
    }
}
