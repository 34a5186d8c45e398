package com.wallet.inbox.worker.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.worker.InboxWorkerApplication;
import com.wallet.inbox.worker.support.TestServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** What ops scrape and probe over the worker's HTTP port, with the default exposure of inbox-worker.properties. */
@SpringBootTest(classes = InboxWorkerApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkerEndpointsIT {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestServices.register(registry, TestServices.mongoUri());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessReflectsMongoDbAndKafka() throws Exception {
        var readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        var components = json(readiness).path("components");
        assertThat(components.path("mongoPing").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("kafka").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("readinessState").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessDependsOnNeitherService() throws Exception {
        var liveness = get("/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness).path("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void prometheusServesTheWorkersMetersUnderMicrometerNames() throws Exception {
        var scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("inbox_worker_messages_delivered_total")
                .contains("inbox_worker_messages_redelivered_total")
                .contains("inbox_worker_messages_failed_total{")
                .contains("reason=\"TEMPLATE_PARAMETER_MISSING\"")
                .contains("inbox_worker_delivery_latency_seconds_bucket{")
                .contains("inbox_worker_batch_size_records_count");
    }

    @Test
    void exposesNothingElse() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics"}) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return InboxJson.mapper().readTree(response.body());
    }
}
