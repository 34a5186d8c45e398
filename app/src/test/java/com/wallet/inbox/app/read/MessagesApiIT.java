package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.SeededDocuments;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class MessagesApiIT extends IntegrationTestBase {

    private static final Instant T0 = Instant.parse("2021-03-10T12:00:00Z");

    @Autowired
    private MongoDatabase database;

    private SeededDocuments store;
    private ReadApi api;
    private String client;

    @BeforeEach
    void setUp() {
        store = new SeededDocuments(database);
        api = new ReadApi(http);
        client = "read-client-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void pagesNewestFirstThenByIdDescendingWithoutRepeatsOrGaps() {
        store.delivered(client + "-a", client, "u1", "TP_A", T0, "en-US");
        store.delivered(client + "-b", client, "u1", "TP_A", T0.plusSeconds(60), "en-US");
        store.delivered(client + "-c", client, "u1", "TP_A", T0.plusSeconds(60), "en-US");
        store.delivered(client + "-d", client, "u2", "TP_A", T0.plusSeconds(120), "en-US");
        store.delivered(client + "-e", client, "u2", "TP_A", T0.minusSeconds(60), "en-US");

        JsonNode first = api.ok("/api/v1/messages?authClientId=" + client + "&limit=2");
        assertThat(ReadApi.ids(first)).containsExactly(client + "-d", client + "-c");
        assertThat(first.path("nextCursor").asString()).matches("[A-Za-z0-9_-]+");

        // a message stored after the first page was read must not shift the pages that follow
        store.delivered(client + "-z", client, "u1", "TP_A", T0.plusSeconds(600), "en-US");
        JsonNode second = api.ok("/api/v1/messages?authClientId=" + client + "&limit=2&cursor="
                + first.path("nextCursor").asString());
        assertThat(ReadApi.ids(second)).containsExactly(client + "-b", client + "-a");

        assertThat(api.allIds("/api/v1/messages?authClientId=" + client + "&limit=2"))
                .containsExactly(
                        client + "-z", client + "-d", client + "-c", client + "-b", client + "-a", client + "-e");
        JsonNode all = api.ok("/api/v1/messages?authClientId=" + client);
        assertThat(all.path("items")).hasSize(6);
        assertThat(all.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void filtersByUserClientTemplateLanguageAndTime() {
        store.delivered(client + "-1", client, client + "-u1", "TP_X_" + client, T0, "en-US");
        store.delivered(
                client + "-2", client, client + "-u2", "TP_X_" + client, T0.plusSeconds(3600), "zh-CN", "en-US");
        store.delivered(client + "-3", client, client + "-u1", "TP_Y_" + client, T0.plusSeconds(7200), "zh-TW");
        // asked for zh-HK, rendered from the template's zh-CN variant: matches either tag
        Document hk =
                store.delivered(client + "-4", client, client + "-u3", "TP_Y_" + client, T0.plusSeconds(9000), "zh-HK");
        database.getCollection(InboxCollections.MESSAGES)
                .updateOne(
                        new Document("_id", hk.getString("_id")),
                        new Document("$set", new Document("contents.0.resolvedLanguage", "zh-CN")));
        String base = "/api/v1/messages?authClientId=" + client;

        assertThat(api.allIds(base + "&userId=" + client + "-u1")).containsExactly(client + "-3", client + "-1");
        assertThat(api.allIds(base + "&templateCode=TP_X_" + client)).containsExactly(client + "-2", client + "-1");
        assertThat(api.allIds("/api/v1/messages?templateCode=TP_Y_" + client))
                .containsExactly(client + "-4", client + "-3");
        assertThat(api.allIds(base + "&language=zh-CN")).containsExactly(client + "-4", client + "-2");
        assertThat(api.allIds(base + "&language=zh-HK")).containsExactly(client + "-4");
        assertThat(api.allIds(base + "&from=" + T0.plusSeconds(3600) + "&to=" + T0.plusSeconds(9000)))
                .containsExactly(client + "-3", client + "-2");
        assertThat(api.allIds("/api/v1/messages?userId=" + client + "-u1&templateCode=TP_Y_" + client))
                .containsExactly(client + "-3");
        assertThat(api.allIds(base + "&userId=nobody-" + client)).isEmpty();
    }

    @Test
    void deliveredItemsCarryTheStoredFields() {
        store.delivered(client + "-f", client, "u-f", "TP_F", T0, "en-US", "zh-CN");

        JsonNode item = api.ok("/api/v1/messages/" + client + "-f");

        assertThat(item.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(item.path("authClientId").asString()).isEqualTo(client);
        assertThat(item.path("userId").asString()).isEqualTo("u-f");
        assertThat(item.path("templateCode").asString()).isEqualTo("TP_F");
        assertThat(item.path("templateVersion").asLong()).isEqualTo(1);
        assertThat(item.path("contents")).hasSize(2);
        assertThat(item.path("contents").get(1).path("language").asString()).isEqualTo("zh-CN");
        assertThat(Instant.parse(item.path("deliveredAt").asString())).isEqualTo(T0);
        assertThat(Instant.parse(item.path("acceptedAt").asString())).isEqualTo(T0.minusMillis(40));
        assertThat(item.has("readAt")).isFalse();
        assertThat(api.ok("/api/v1/messages?authClientId=" + client)
                        .path("items")
                        .get(0))
                .isEqualTo(item);
    }

    @Test
    void failedRequestsAreListedWithTheirReasonWhenAskedFor() {
        store.delivered(client + "-ok", client, "u", "TP_A", T0, "en-US");
        store.failed(client + "-f1", client, "u", "TP_A", T0.plusSeconds(10), "TEMPLATE_PARAMETER_MISSING");
        store.failed(client + "-f2", client, "u", "TP_B", T0.plusSeconds(20), "TEMPLATE_RENDER_FAILED");

        JsonNode failed = api.ok("/api/v1/messages?status=FAILED&authClientId=" + client);

        assertThat(ReadApi.ids(failed)).containsExactly(client + "-f2", client + "-f1");
        JsonNode first = failed.path("items").get(0);
        assertThat(first.path("status").asString()).isEqualTo("FAILED");
        assertThat(first.path("failureCode").asString()).isEqualTo("TEMPLATE_RENDER_FAILED");
        assertThat(first.path("failureMessage").asString()).isEqualTo("placeholder who has no parameter");
        assertThat(Instant.parse(first.path("failedAt").asString())).isEqualTo(T0.plusSeconds(20));
        assertThat(api.allIds("/api/v1/messages?status=FAILED&limit=1&authClientId=" + client + "&templateCode=TP_A"))
                .containsExactly(client + "-f1");
        assertThat(api.allIds("/api/v1/messages?status=DELIVERED&authClientId=" + client))
                .containsExactly(client + "-ok");
        assertThat(api.ok("/api/v1/messages/" + client + "-f1")
                        .path("failureCode")
                        .asString())
                .isEqualTo("TEMPLATE_PARAMETER_MISSING");
    }

    @Test
    void unknownMessageIs404Json() {
        var answer = api.get("/api/v1/messages/no-such-" + client);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"limit=0", "limit"});
        cases.add(new String[] {"limit=101", "limit"});
        cases.add(new String[] {"limit=many", "limit"});
        cases.add(new String[] {"from=2026-13-01T00:00:00Z", "from"});
        cases.add(new String[] {"to=26.11.2026", "to"});
        cases.add(new String[] {"from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from"});
        cases.add(new String[] {"status=READ", "status"});
        cases.add(new String[] {"cursor=not-a-cursor", "cursor"});
        cases.add(new String[] {"language=en_US!", "language"});
        cases.add(new String[] {"status=FAILED&language=en-US", "language"});
        for (String[] c : cases) {
            ReadApi.assertBadParameter(api.get("/api/v1/messages?" + c[0]), c[1]);
        }
    }

    @Test
    void needsTheReaderOrAdminToken() {
        var none = api.send("GET", "/api/v1/messages", "");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/json");
        assertThat(none.json().path("error").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(api.send("GET", "/api/v1/stats", "wrong-token").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/messages", com.wallet.inbox.app.support.Http.ADMIN_TOKEN)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/users/u/inbox/unread-count", "").status())
                .isEqualTo(401);
    }
}
