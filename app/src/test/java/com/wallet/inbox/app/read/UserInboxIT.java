package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.SeededDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class UserInboxIT extends IntegrationTestBase {

    private static final Instant T0 = Instant.parse("2021-07-01T08:00:00Z");

    @Autowired
    private MongoDatabase database;

    private SeededDocuments store;
    private ReadApi api;
    private String user;
    private String inbox;

    @BeforeEach
    void setUp() {
        store = new SeededDocuments(database);
        api = new ReadApi(http);
        user = "inbox-user-" + UUID.randomUUID().toString().substring(0, 8);
        inbox = "/api/v1/users/" + user + "/inbox";
        store.delivered(user + "-1", "c", user, "TP_A", T0, "en-US", "zh-CN");
        store.delivered(user + "-2", "c", user, "TP_A", T0.plusSeconds(60), "zh-TW", "en-US");
        store.delivered(user + "-3", "c", user, "TP_B", T0.plusSeconds(120), "fr-FR");
        store.delivered(user + "-other", "c", "someone-else-" + user, "TP_A", T0.plusSeconds(30), "en-US");
    }

    @Test
    void newestFirstEachInTheBestLanguageForTheReader() {
        JsonNode page = api.ok(inbox + "?language=zh-HK");

        assertThat(ReadApi.ids(page)).containsExactly(user + "-3", user + "-2", user + "-1");
        assertThat(languages(page)).containsExactly("fr-FR", "zh-TW", "zh-CN");
        assertThat(languages(api.ok(inbox + "?language=en-US"))).containsExactly("fr-FR", "en-US", "en-US");
        assertThat(languages(api.ok(inbox))).containsExactly("fr-FR", "zh-TW", "en-US");
        JsonNode item = page.path("items").get(2);
        assertThat(item.path("title").asString()).isEqualTo("Title zh-CN " + user + "-1");
        assertThat(item.path("content").asString()).isEqualTo("Content zh-CN");
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(Instant.parse(item.path("deliveredAt").asString())).isEqualTo(T0);
    }

    @Test
    void pagesWithTheCursor() {
        assertThat(api.allIds(inbox + "?limit=1")).containsExactly(user + "-3", user + "-2", user + "-1");
        assertThat(api.ok(inbox + "?limit=2").path("nextCursor").isNull()).isFalse();
        assertThat(api.ok(inbox + "?limit=3").path("nextCursor").isNull()).isTrue();
    }

    @Test
    void markingReadIsIdempotentAndCounted() {
        assertThat(api.ok(inbox + "/unread-count").path("unread").asLong()).isEqualTo(3);

        var first = api.post(inbox + "/" + user + "-2/read");
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        Instant readAt = Instant.parse(first.json().path("readAt").asString());
        var again = api.post(inbox + "/" + user + "-2/read");
        assertThat(Instant.parse(again.json().path("readAt").asString())).isEqualTo(readAt);

        assertThat(api.ok(inbox + "/unread-count").path("unread").asLong()).isEqualTo(2);
        JsonNode read = api.ok(inbox).path("items").get(1);
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(Instant.parse(read.path("readAt").asString())).isEqualTo(readAt);

        var all = api.post(inbox + "/read-all");
        assertThat(all.json().path("marked").asLong()).isEqualTo(2);
        assertThat(api.post(inbox + "/read-all").json().path("marked").asLong()).isZero();
        assertThat(api.ok(inbox + "/unread-count").path("unread").asLong()).isZero();
        assertThat(Instant.parse(api.post(inbox + "/" + user + "-2/read")
                        .json()
                        .path("readAt")
                        .asString()))
                .isEqualTo(readAt);
        assertThat(api.ok("/api/v1/users/someone-else-" + user + "/inbox/unread-count")
                        .path("unread")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void unknownOrAnotherUsersMessageIs404() {
        var unknown = api.post(inbox + "/nothing-" + user + "/read");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asString()).isEqualTo("NOT_FOUND");

        var foreign = api.post(inbox + "/" + user + "-other/read");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(api.ok("/api/v1/users/someone-else-" + user + "/inbox")
                        .path("items")
                        .get(0)
                        .has("readAt"))
                .isFalse();
    }

    @Test
    void badParametersAre400() {
        ReadApi.assertBadParameter(api.get(inbox + "?limit=500"), "limit");
        ReadApi.assertBadParameter(api.get(inbox + "?language=%20x_y"), "language");
        ReadApi.assertBadParameter(api.get(inbox + "?cursor=@@"), "cursor");
    }

    private static List<String> languages(JsonNode page) {
        List<String> languages = new ArrayList<>();
        page.path("items").forEach(item -> languages.add(item.path("language").asString()));
        return languages;
    }
}
