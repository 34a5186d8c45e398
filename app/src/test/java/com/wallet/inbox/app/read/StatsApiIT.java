package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.SeededDocuments;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Its data lives in May 2021, a period no other test writes to, so the counts are exact. */
class StatsApiIT extends IntegrationTestBase {

    private static final Instant DAY1 = Instant.parse("2021-05-01T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2021-05-02T23:59:59Z");

    @Autowired
    private MongoDatabase database;

    @Test
    void countsByDayTemplateLanguageStatusAndFailureCode() {
        SeededDocuments store = new SeededDocuments(database);
        store.delivered("stats-1", "c", "u1", "TP_A", DAY1, "en-US", "zh-CN");
        store.delivered("stats-2", "c", "u2", "TP_A", DAY1.plusSeconds(60), "en-US");
        store.delivered("stats-3", "c", "u1", "TP_B", DAY2, "zh-CN");
        store.failed("stats-4", "c", "u1", "TP_A", DAY2, "TEMPLATE_PARAMETER_MISSING");
        store.delivered("stats-outside", "c", "u1", "TP_A", Instant.parse("2021-05-03T00:00:00Z"), "en-US");
        ReadApi api = new ReadApi(http);

        JsonNode stats = api.ok("/api/v1/stats?from=2021-05-01T00:00:00Z&to=2021-05-03T00:00:00Z");

        assertThat(stats.path("from").asString()).isEqualTo("2021-05-01T00:00:00Z");
        assertThat(stats.path("total").asLong()).isEqualTo(4);
        assertThat(stats.path("byStatus").toString())
                .isEqualTo("[{\"status\":\"DELIVERED\",\"count\":3},{\"status\":\"FAILED\",\"count\":1}]");
        assertThat(stats.path("byDay").toString())
                .isEqualTo("[{\"day\":\"2021-05-01\",\"delivered\":2,\"failed\":0},"
                        + "{\"day\":\"2021-05-02\",\"delivered\":1,\"failed\":1}]");
        assertThat(stats.path("byTemplate").toString())
                .isEqualTo("[{\"templateCode\":\"TP_A\",\"delivered\":2,\"failed\":1},"
                        + "{\"templateCode\":\"TP_B\",\"delivered\":1,\"failed\":0}]");
        assertThat(stats.path("byLanguage").toString())
                .isEqualTo("[{\"language\":\"en-US\",\"count\":2},{\"language\":\"zh-CN\",\"count\":2}]");
        assertThat(stats.path("byFailureCode").toString())
                .isEqualTo("[{\"failureCode\":\"TEMPLATE_PARAMETER_MISSING\",\"count\":1}]");
    }

    @Test
    void emptyRangeCountsNothing() {
        JsonNode stats = new ReadApi(http).ok("/api/v1/stats?from=2021-06-01T00:00:00Z&to=2021-06-02T00:00:00Z");

        assertThat(stats.path("total").asLong()).isZero();
        assertThat(stats.path("byDay")).isEmpty();
        assertThat(stats.path("byStatus").get(0).path("count").asLong()).isZero();
    }

    @Test
    void defaultsToTheLast30DaysAndRefusesBadDates() {
        ReadApi api = new ReadApi(http);
        JsonNode stats = api.ok("/api/v1/stats?to=2021-05-31T00:00:00Z");
        assertThat(stats.path("from").asString()).isEqualTo("2021-05-01T00:00:00Z");

        ReadApi.assertBadParameter(api.get("/api/v1/stats?from=last-week"), "from");
        ReadApi.assertBadParameter(api.get("/api/v1/stats?to=2021-05-31"), "to");
        ReadApi.assertBadParameter(api.get("/api/v1/stats?from=2099-01-01T00:00:00Z"), "from");
    }
}
