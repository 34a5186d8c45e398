package com.wallet.inbox.app.access;

import static com.mongodb.client.model.Filters.eq;

import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Cached reads of the access registry (tokens by hash, clients, users). Only found entries are cached,
 * so a token or client provisioned a moment ago is seen at once; the admin API evicts what it changes.
 */
@Component
@EnableConfigurationProperties(CacheSettings.class)
public class AccessDirectory {

    record TokenEntry(
            String authClientId, String userId, @Nullable Instant expiresAt) {}

    public record ClientEntry(
            String authClientId, String status, @Nullable String publicKey) {}

    private final MongoCollection<Document> tokenDocuments;
    private final MongoCollection<Document> clientDocuments;
    private final MongoCollection<Document> userDocuments;
    private final LoadingCache<String, TokenEntry> tokens;
    private final LoadingCache<String, ClientEntry> clients;
    private final LoadingCache<String, String> userStatuses;

    AccessDirectory(MongoDatabase database, CacheSettings settings) {
        this.tokenDocuments = database.getCollection(InboxCollections.ACCESS_TOKENS);
        this.clientDocuments = database.getCollection(InboxCollections.CLIENTS);
        this.userDocuments = database.getCollection(InboxCollections.USERS);
        this.tokens = settings.build(hash -> find(tokenDocuments, hash, doc -> {
            Date expiresAt = doc.getDate("expiresAt");
            return new TokenEntry(
                    doc.getString("authClientId"),
                    doc.getString("userId"),
                    expiresAt == null ? null : expiresAt.toInstant());
        }));
        this.clients = settings.build(id -> find(
                clientDocuments, id, doc -> new ClientEntry(id, doc.getString("status"), doc.getString("publicKey"))));
        this.userStatuses = settings.build(id -> find(userDocuments, id, doc -> doc.getString("status")));
    }

    Optional<TokenEntry> token(String accessToken) {
        return Optional.ofNullable(tokens.get(TokenHash.of(accessToken)));
    }

    /** The client an access token belongs to, whatever the token's or the client's state. */
    public Optional<ClientEntry> clientOfToken(String accessToken) {
        return token(accessToken).flatMap(t -> client(t.authClientId()));
    }

    public Optional<ClientEntry> client(String authClientId) {
        return Optional.ofNullable(clients.get(authClientId));
    }

    Optional<String> userStatus(String userId) {
        return Optional.ofNullable(userStatuses.get(userId));
    }

    public void evictToken(String accessToken) {
        tokens.invalidate(TokenHash.of(accessToken));
    }

    public void evictClient(String authClientId) {
        clients.invalidate(authClientId);
    }

    public void evictUser(String userId) {
        userStatuses.invalidate(userId);
    }

    private static <T> @Nullable T find(
            MongoCollection<Document> collection, String id, Function<Document, T> mapping) {
        Document doc = collection.find(eq("_id", id)).first();
        return doc == null ? null : mapping.apply(doc);
    }
}
