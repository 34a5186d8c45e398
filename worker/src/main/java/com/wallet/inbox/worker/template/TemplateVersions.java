package com.wallet.inbox.worker.template;

import static com.mongodb.client.model.Filters.eq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.TemplateVersion;
import java.util.Optional;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Template versions by code and version. A version never changes once written, so a cached one is never
 * stale; a missing one is not cached, and a MongoDB failure propagates (it is transient, not an answer).
 */
@Component
@EnableConfigurationProperties(TemplateSettings.class)
public class TemplateVersions {

    private final MongoCollection<Document> templates;
    private final Cache<String, TemplateVersion> cache;

    TemplateVersions(MongoDatabase database, TemplateSettings settings) {
        this.templates = database.getCollection(InboxCollections.TEMPLATES);
        // Read for every delivered message: its upkeep runs on the reading thread, as MessageRenderer's does.
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.cacheSize())
                .executor(Runnable::run)
                .build();
    }

    /**
     * @throws MalformedTemplateException if the stored document does not have a template's shape
     */
    public Optional<TemplateVersion> find(String templateCode, long version) {
        var id = TemplateVersion.documentId(templateCode, version);
        var cached = cache.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        var document = templates.find(eq("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        var loaded = TemplateDocuments.toTemplateVersion(document);
        cache.put(id, loaded);
        return Optional.of(loaded);
    }
}
