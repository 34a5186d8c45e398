package com.wallet.inbox.app.template;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.or;

import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.wallet.inbox.app.access.CacheSettings;
import com.wallet.inbox.app.store.DuplicateKeys;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The versions of each template: immutable once written, a new one per admin PUT. */
@Component
public class TemplateStore implements InitializingBean {

    /** Concurrent PUTs of one template race for the next version number; the loser takes the one after. */
    private static final int VERSION_ATTEMPTS = 10;

    private final MongoCollection<Document> templates;
    private final Clock clock;
    private final LoadingCache<Usable, Long> latestUsable;

    TemplateStore(MongoDatabase database, Clock clock, CacheSettings cache) {
        this.templates = database.getCollection(InboxCollections.TEMPLATES);
        this.clock = clock;
        this.latestUsable = cache.build(key -> findLatestUsableVersion(key.templateCode(), key.authClientId()));
    }

    private record Usable(String templateCode, String authClientId) {}

    /** Serves the version lookups below and makes the version number unique per template. */
    @Override
    public void afterPropertiesSet() {
        templates.createIndex(
                Indexes.ascending("templateCode", "version"),
                new IndexOptions().unique(true).name("templateCode_version"));
    }

    /** The latest version the client may use: its own or one open to every client. */
    public Optional<Long> latestUsableVersion(String templateCode, String authClientId) {
        return Optional.ofNullable(latestUsable.get(new Usable(templateCode, authClientId)));
    }

    private @Nullable Long findLatestUsableVersion(String templateCode, String authClientId) {
        Bson usable = or(eq("authClientId", authClientId), exists("authClientId", false));
        return latest(and(eq("templateCode", templateCode), usable), Projections.include("version"))
                .map(doc -> doc.get("version", Number.class).longValue())
                .orElse(null);
    }

    public Optional<TemplateVersion> latest(String templateCode) {
        return latest(eq("templateCode", templateCode), null).map(TemplateDocuments::fromDocument);
    }

    public TemplateVersion addVersion(
            String templateCode,
            @Nullable String authClientId,
            String defaultLanguage,
            List<TemplateVariant> contents) {
        for (int attempt = 1; ; attempt++) {
            long next = latest(eq("templateCode", templateCode), Projections.include("version"))
                            .map(doc -> doc.get("version", Number.class).longValue())
                            .orElse(0L)
                    + 1;
            TemplateVersion version =
                    new TemplateVersion(templateCode, next, authClientId, defaultLanguage, contents, clock.instant());
            try {
                templates.insertOne(TemplateDocuments.toDocument(version));
                latestUsable.asMap().keySet().removeIf(key -> key.templateCode().equals(templateCode));
                return version;
            } catch (MongoException e) {
                if (!DuplicateKeys.isDuplicateKey(e) || attempt == VERSION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<Document> latest(Bson filter, @Nullable Bson projection) {
        return Optional.ofNullable(templates
                .find(filter)
                .projection(projection)
                .sort(Sorts.descending("version"))
                .limit(1)
                .first());
    }
}
