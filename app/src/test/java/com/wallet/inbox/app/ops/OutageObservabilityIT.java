package com.wallet.inbox.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.InboxAppApplication;
import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TestServices;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app of its own, with a store of its own and no broker: what the logs say about a call that ends
 * in U, and what readiness and liveness say while Kafka, then MongoDB, is down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageObservabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MongoServer store;
    private ConfigurableApplicationContext app;
    private Http http;

    @BeforeAll
    void start() throws IOException {
        store = TestServices.newMongoServer();
        app = new SpringApplicationBuilder(InboxAppApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + TestServices.uriOf(store) + "/inbox",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort(),
                        "--spring.kafka.admin.auto-create=false",
                        "--spring.kafka.producer.properties.max.block.ms=1500",
                        "--inbox.intake.publish-timeout=3s",
                        "--inbox.mongodb.server-selection-timeout=1s",
                        "--inbox.health.kafka-timeout=500ms",
                        "--spring.jmx.enabled=false",
                        "--inbox.security.admin-token=" + Http.ADMIN_TOKEN,
                        "--inbox.security.reader-token=it-reader-token");
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    void stop() {
        app.close();
        store.shutdownNow();
    }

    @Test
    void aCallThatLogsCarriesItsIdsAndNeverTheTokenOrParameters() {
        Provisioning fixture = new Provisioning(http);
        String secretParameter = "parameter-value-" + fixture.userId;
        List<String> lines;
        try (LogCapture logs = new LogCapture()) {
            var answer =
                    http.post("/v2/messages/sendInbox", fixture.sendInbox(fixture.token, "logged-1", secretParameter));
            assertThat(answer.resultCode()).isEqualTo("UNKNOWN_EXCEPTION");
            lines = logs.lines();
        }

        List<JsonNode> ours = lines.stream()
                .map(JSON::readTree)
                .filter(line -> line.path("log").path("logger").asString().startsWith("com.wallet.inbox"))
                .toList();
        assertThat(ours).as(String.join("\n", lines)).isNotEmpty();
        assertThat(ours)
                .as(String.join("\n", lines))
                .anySatisfy(line ->
                        assertThat(line.path("log").path("level").asString()).isEqualTo("WARN"))
                .allSatisfy(line -> {
                    assertThat(line.path("requestId").asString()).isEqualTo("logged-1");
                    assertThat(line.path("authClientId").asString()).isEqualTo(fixture.clientId);
                    assertThat(line.path("messageId").asString()).isNotBlank();
                });
        assertThat(String.join("\n", lines)).doesNotContain(fixture.token).doesNotContain(secretParameter);
    }

    @Test
    void readinessFollowsKafkaAndMongoWhileLivenessStaysUp() {
        JsonNode readiness = get("/actuator/health/readiness", 503);
        assertThat(readiness.path("components").path("kafka").path("status").asString())
                .isEqualTo("DOWN");
        assertThat(readiness.path("components").path("mongoPing").path("status").asString())
                .isEqualTo("UP");
        assertThat(get("/actuator/health/liveness", 200).path("status").asString())
                .isEqualTo("UP");

        store.shutdownNow();

        readiness = get("/actuator/health/readiness", 503);
        assertThat(readiness.path("components").path("mongoPing").path("status").asString())
                .isEqualTo("DOWN");
        assertThat(get("/actuator/health/liveness", 200).path("status").asString())
                .isEqualTo("UP");
    }

    private JsonNode get(String path, int status) {
        Http.Answer answer =
                http.send(HttpRequest.newBuilder(URI.create(http.base() + path)).GET());
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        return answer.json();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
