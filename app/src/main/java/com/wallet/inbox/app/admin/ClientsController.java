package com.wallet.inbox.app.admin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.wallet.inbox.app.access.AccessDirectory;
import com.wallet.inbox.app.web.BadParameter;
import com.wallet.inbox.schemas.InboxCollections;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code PUT /admin/v1/clients/{authClientId}}: creates or replaces a merchant client. */
@RestController
class ClientsController {

    enum ClientStatus {
        ACTIVE,
        DISABLED
    }

    private final MongoCollection<Document> clients;
    private final AccessDirectory directory;

    ClientsController(MongoDatabase database, AccessDirectory directory) {
        this.clients = database.getCollection(InboxCollections.CLIENTS);
        this.directory = directory;
    }

    @PutMapping("/admin/v1/clients/{authClientId}")
    Document put(@PathVariable String authClientId, @RequestBody(required = false) @Nullable JsonNode body) {
        AdminJson.bounded(authClientId, "authClientId", 128);
        JsonNode fields = AdminJson.object(body);
        Document client = new Document("_id", authClientId)
                .append("name", AdminJson.required(fields, "name", "name", 256))
                .append(
                        "status",
                        AdminJson.oneOf(fields, "status", ClientStatus.class).name());
        String publicKey = AdminJson.optional(fields, "publicKey", "publicKey", 8192);
        if (publicKey != null) {
            client.append("publicKey", checkedRsaKey(publicKey));
        }
        clients.replaceOne(eq("_id", authClientId), client, new ReplaceOptions().upsert(true));
        directory.evictClient(authClientId);
        Document answer = new Document("authClientId", authClientId);
        client.forEach((key, value) -> {
            if (!"_id".equals(key)) {
                answer.append(key, value);
            }
        });
        return answer;
    }

    private static String checkedRsaKey(String base64) {
        try {
            KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return base64;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new BadParameter("publicKey", "must be a Base64 X.509 RSA public key");
        }
    }
}
