package com.wallet.inbox.app.access;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.ResultCode;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Resolves a merchant call's access token to its client and user, refusing with the contract's codes. */
@Component
public class CallerCheck {

    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> clients;
    private final MongoCollection<Document> users;
    private final Clock clock;

    CallerCheck(MongoDatabase database, Clock clock) {
        this.tokens = database.getCollection(InboxCollections.ACCESS_TOKENS);
        this.clients = database.getCollection(InboxCollections.CLIENTS);
        this.users = database.getCollection(InboxCollections.USERS);
        this.clock = clock;
    }

    public Caller check(String accessToken, @Nullable String authClientId) {
        Document token = tokens.find(eq("_id", TokenHash.of(accessToken))).first();
        if (token == null) {
            throw new Rejection(ResultCode.INVALID_ACCESS_TOKEN);
        }
        Date expiresAt = token.getDate("expiresAt");
        if (expiresAt != null && !expiresAt.toInstant().isAfter(clock.instant())) {
            throw new Rejection(ResultCode.EXPIRED_ACCESS_TOKEN);
        }
        Caller caller = new Caller(token.getString("authClientId"), token.getString("userId"));
        checkClient(caller, authClientId);
        checkUser(caller);
        return caller;
    }

    private void checkClient(Caller caller, @Nullable String authClientId) {
        if (authClientId != null && !authClientId.equals(caller.authClientId())) {
            throw new Rejection(ResultCode.INVALID_AUTH_CLIENT, "authClientId is not the client of the access token");
        }
        Document client = clients.find(eq("_id", caller.authClientId())).first();
        if (client == null || !"ACTIVE".equals(client.getString("status"))) {
            throw new Rejection(ResultCode.INVALID_AUTH_CLIENT);
        }
    }

    private void checkUser(Caller caller) {
        Document user = users.find(eq("_id", caller.userId())).first();
        if (user == null || !"ACTIVE".equals(user.getString("status"))) {
            throw new Rejection(ResultCode.USER_STATUS_ERROR);
        }
    }
}
