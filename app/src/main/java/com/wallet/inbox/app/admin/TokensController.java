package com.wallet.inbox.app.admin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.wallet.inbox.app.access.AccessDirectory;
import com.wallet.inbox.app.access.TokenHash;
import com.wallet.inbox.app.web.BadParameter;
import com.wallet.inbox.schemas.InboxCollections;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The registry of access tokens issued by the wallet's OAuth service: import one, issue one, revoke one.
 * Only the token's SHA-256 is stored; the token itself is returned once, in the 201 answer.
 */
@RestController
class TokensController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> clients;
    private final MongoCollection<Document> users;
    private final AccessDirectory directory;
    private final Clock clock;

    TokensController(MongoDatabase database, AccessDirectory directory, Clock clock) {
        this.tokens = database.getCollection(InboxCollections.ACCESS_TOKENS);
        this.clients = database.getCollection(InboxCollections.CLIENTS);
        this.users = database.getCollection(InboxCollections.USERS);
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping("/admin/v1/tokens")
    ResponseEntity<Map<String, @Nullable Object>> create(@RequestBody(required = false) @Nullable JsonNode body) {
        JsonNode fields = AdminJson.object(body);
        String authClientId = AdminJson.required(fields, "authClientId", "authClientId", 128);
        String userId = AdminJson.required(fields, "userId", "userId", 128);
        String given = AdminJson.optional(fields, "accessToken", "accessToken", 128);
        Instant expiresAt = expiresAt(AdminJson.optional(fields, "expiresAt", "expiresAt", 64));
        requireExists(clients, authClientId, "authClientId");
        requireExists(users, userId, "userId");
        String accessToken = given != null ? given : newToken();
        Document doc = new Document("_id", TokenHash.of(accessToken))
                .append("authClientId", authClientId)
                .append("userId", userId);
        if (expiresAt != null) {
            doc.append("expiresAt", Date.from(expiresAt));
        }
        doc.append("createdAt", Date.from(clock.instant()));
        // Re-importing a token replaces its registration, which keeps provisioning scripts idempotent.
        tokens.replaceOne(eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
        directory.evictToken(accessToken);
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        answer.put("accessToken", accessToken);
        answer.put("authClientId", authClientId);
        answer.put("userId", userId);
        answer.put("expiresAt", expiresAt);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /** Revocation takes effect at once in this instance (the cache is evicted), in others within the cache TTL. */
    @DeleteMapping("/admin/v1/tokens/{accessToken}")
    ResponseEntity<Void> revoke(@PathVariable String accessToken) {
        tokens.deleteOne(eq("_id", TokenHash.of(accessToken)));
        directory.evictToken(accessToken);
        return ResponseEntity.noContent().build();
    }

    private static @Nullable Instant expiresAt(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameter("expiresAt", "must be an ISO-8601 date-time with offset, e.g. 2030-01-01T00:00:00Z");
        }
    }

    private static void requireExists(MongoCollection<Document> collection, String id, String field) {
        if (collection.find(eq("_id", id)).first() == null) {
            throw new BadParameter(field, "names no provisioned " + field.replace("Id", ""));
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
