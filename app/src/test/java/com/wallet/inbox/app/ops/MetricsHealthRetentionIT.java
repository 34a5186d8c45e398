package com.wallet.inbox.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.schemas.InboxCollections;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MetricsHealthRetentionIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";
    private static final String READER_TOKEN = "it-reader-token";

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private MongoDatabase database;

    @Test
    void intakeMetersMoveAndPrometheusShowsThem() {
        Provisioning fixture = new Provisioning(http);
        double accepted = requests(SEND, "ACCEPT");
        double inconsistentAnswers = requests(SEND, "REPEAT_REQ_INCONSISTENT");
        double illegal = requests(SEND, "PARAM_ILLEGAL");
        double inquiries = requests("/v2/messages/inquiryInbox", "SUCCESS");
        double unknownApi = requests(MerchantApis.OTHER, "INVALID_API");
        double published = count(registry.find("inbox.intake.publish").tag("outcome", "acknowledged"));
        double replays = count(registry.find("inbox.intake.dedupe.hits").tag("outcome", "replay"));
        double inconsistent = count(registry.find("inbox.intake.dedupe.hits").tag("outcome", "inconsistent"));

        assertThat(http.post(SEND, fixture.sendInbox("metrics-1")).resultCode()).isEqualTo("ACCEPT");
        assertThat(http.post(SEND, fixture.sendInbox("metrics-1")).header("Idempotency-Replay"))
                .isEqualTo("true");
        assertThat(http.post(SEND, fixture.sendInbox(fixture.token, "metrics-1", "someone else"))
                        .resultCode())
                .isEqualTo("REPEAT_REQ_INCONSISTENT");
        assertThat(http.post(SEND, "{}").resultCode()).isEqualTo("PARAM_ILLEGAL");
        assertThat(http.post(
                                "/v2/messages/inquiryInbox",
                                "{\"accessToken\":\"" + fixture.token + "\",\"requestId\":\"metrics-1\"}")
                        .resultCode())
                .isEqualTo("SUCCESS");
        assertThat(http.post("/v2/messages/no-such-api", "{}").resultCode()).isEqualTo("INVALID_API");

        // The request timer is recorded once the filter chain returns, after the whole answer has gone out:
        // the client can read the answer before its call is counted.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(requests(SEND, "ACCEPT")).isEqualTo(accepted + 2);
            assertThat(requests(SEND, "REPEAT_REQ_INCONSISTENT")).isEqualTo(inconsistentAnswers + 1);
            assertThat(requests(SEND, "PARAM_ILLEGAL")).isEqualTo(illegal + 1);
            assertThat(requests("/v2/messages/inquiryInbox", "SUCCESS")).isEqualTo(inquiries + 1);
            assertThat(requests(MerchantApis.OTHER, "INVALID_API")).isEqualTo(unknownApi + 1);
        });
        assertThat(count(registry.find("inbox.intake.publish").tag("outcome", "acknowledged")))
                .isEqualTo(published + 1);
        assertThat(count(registry.find("inbox.intake.dedupe.hits").tag("outcome", "replay")))
                .isEqualTo(replays + 1);
        assertThat(count(registry.find("inbox.intake.dedupe.hits").tag("outcome", "inconsistent")))
                .isEqualTo(inconsistent + 1);

        Http.Answer scrape = get("/actuator/prometheus", READER_TOKEN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.raw().body())
                .contains("inbox_intake_requests_seconds_count{api=\"/v2/messages/sendInbox\",resultCode=\"ACCEPT\"}")
                .contains(
                        "inbox_intake_requests_seconds_bucket{api=\"/v2/messages/sendInbox\",resultCode=\"ACCEPT\",le=")
                .contains("inbox_intake_publish_seconds_bucket{outcome=\"acknowledged\",le=")
                .contains("inbox_intake_dedupe_hits_total{outcome=\"replay\"}")
                .contains("inbox_intake_dedupe_hits_total{outcome=\"inconsistent\"}");
    }

    @Test
    void merchantCallsAreTimedOnlyByTheIntakeTimerWhileOtherEndpointsKeepTheStandardOne() {
        Provisioning fixture = new Provisioning(http);
        assertThat(http.post(SEND, fixture.sendInbox("metrics-once-1")).resultCode())
                .isEqualTo("ACCEPT");
        assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);

        List<String> observedUris = registry.find("http.server.requests").timers().stream()
                .map(timer -> String.valueOf(timer.getId().getTag("uri")))
                .toList();
        assertThat(observedUris)
                .anyMatch(uri -> uri.startsWith("/actuator/health"))
                .noneMatch(uri -> uri.startsWith("/v2/"));
        assertThat(requests(SEND, "ACCEPT")).isPositive();
    }

    @Test
    void prometheusNeedsTheReaderOrAdminToken() {
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "wrong-token").status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", Http.ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void readinessChecksMongoAndKafkaWhileLivenessDependsOnNeither() {
        Http.Answer readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(componentNames(readiness)).containsExactlyInAnyOrder("readinessState", "mongoPing", "kafka");

        Http.Answer liveness = get("/actuator/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(componentNames(liveness)).containsExactly("livenessState");
    }

    @Test
    void requestsExpireByATtlIndexOfTheConfiguredRetention() {
        Document ttl = database.getCollection(InboxCollections.REQUESTS).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> "createdAt_ttl".equals(index.getString("name")))
                .findFirst()
                .orElseThrow();

        assertThat(ttl.get("key", Document.class)).isEqualTo(new Document("createdAt", 1));
        assertThat(((Number) ttl.get("expireAfterSeconds")).longValue())
                .isEqualTo(Duration.ofDays(365).toSeconds());
    }

    private double requests(String api, String resultCode) {
        return registry.find("inbox.intake.requests").tag("api", api).tag("resultCode", resultCode).timers().stream()
                .mapToDouble(timer -> timer.count())
                .sum();
    }

    private static double count(Search search) {
        return search.counters().stream().mapToDouble(c -> c.count()).sum()
                + search.timers().stream().mapToDouble(t -> t.count()).sum();
    }

    private static List<String> componentNames(Http.Answer answer) {
        List<String> names = new ArrayList<>();
        answer.json().path("components").propertyNames().forEach(names::add);
        return names;
    }

    private Http.Answer get(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(http.base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request);
    }
}
