package com.wallet.inbox.app.admin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.wallet.inbox.app.access.AccessDirectory;
import com.wallet.inbox.schemas.InboxCollections;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code PUT /admin/v1/users/{userId}}: creates or updates a wallet user's status. */
@RestController
class UsersController {

    enum UserStatus {
        ACTIVE,
        LOCKED,
        UNREGISTERED
    }

    private final MongoCollection<Document> users;
    private final AccessDirectory directory;

    UsersController(MongoDatabase database, AccessDirectory directory) {
        this.users = database.getCollection(InboxCollections.USERS);
        this.directory = directory;
    }

    @PutMapping("/admin/v1/users/{userId}")
    Map<String, String> put(@PathVariable String userId, @RequestBody(required = false) @Nullable JsonNode body) {
        AdminJson.bounded(userId, "userId", 128);
        UserStatus status = AdminJson.oneOf(AdminJson.object(body), "status", UserStatus.class);
        users.replaceOne(
                eq("_id", userId),
                new Document("_id", userId).append("status", status.name()),
                new ReplaceOptions().upsert(true));
        directory.evictUser(userId);
        return Map.of("userId", userId, "status", status.name());
    }
}
