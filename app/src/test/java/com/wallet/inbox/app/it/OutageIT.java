package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.InboxAppApplication;
import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.StoredMessages;
import com.wallet.inbox.app.support.TestServices;
import com.wallet.inbox.app.support.TopicRecords;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application, pointed at a service that is down, next to the shared one: what the first
 * leaves behind must let a retry through the healthy one succeed.
 */
class OutageIT extends IntegrationTestBase {

    @Autowired
    private MongoDatabase database;

    @Test
    void kafkaUnreachableAnswersUnknownAndARetryPublishesOnce() throws IOException {
        Provisioning fixture = new Provisioning(http);
        String body = fixture.sendInbox("outage-kafka-1");

        try (ConfigurableApplicationContext down = start(TestServices.mongoUri(), "127.0.0.1:" + closedPort())) {
            var answer = new Http(port(down)).post("/v2/messages/sendInbox", body);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.resultStatus()).isEqualTo("U");
            assertThat(answer.resultCode()).isEqualTo("UNKNOWN_EXCEPTION");
        }

        var retry = http.post("/v2/messages/sendInbox", body);
        assertThat(retry.resultCode()).isEqualTo("ACCEPT");
        assertThat(retry.header("Idempotency-Replay")).isNull();
        String messageId = retry.json().path("messageId").asString();
        var records = TopicRecords.forMessage(messageId);
        assertThat(records).hasSize(1);
        assertThat(TopicRecords.all().stream().filter(s -> s.event().requestId().equals("outage-kafka-1")))
                .hasSize(1);
        StoredMessages stored = new StoredMessages(database);
        stored.storeAll(records);
        assertThat(stored.countFor(fixture.clientId, "outage-kafka-1")).isEqualTo(1);
        assertThat(http.post("/v2/messages/sendInbox", body).header("Idempotency-Replay"))
                .isEqualTo("true");
    }

    @Test
    void mongoUnreachableAnswersUnknown() {
        MongoServer store = TestServices.newMongoServer();
        try (ConfigurableApplicationContext down =
                start(TestServices.uriOf(store) + "/inbox", TestServices.bootstrapServers())) {
            store.shutdownNow();

            var answer = new Http(port(down))
                    .post(
                            "/v2/messages/sendInbox",
                            "{\"accessToken\":\"t\",\"requestId\":\"r-1\",\"templateCode\":\"TP\",\"templates\":[{\"language\":\"en-US\"}]}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.resultStatus()).isEqualTo("U");
            assertThat(answer.resultCode()).isEqualTo("UNKNOWN_EXCEPTION");
        }
    }

    private static ConfigurableApplicationContext start(String mongoUri, String bootstrapServers) {
        return new SpringApplicationBuilder(InboxAppApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--spring.kafka.admin.auto-create=false",
                        "--spring.kafka.producer.properties.max.block.ms=1500",
                        "--inbox.intake.publish-timeout=3s",
                        "--inbox.mongodb.server-selection-timeout=1s",
                        "--spring.jmx.enabled=false",
                        "--inbox.security.admin-token=" + Http.ADMIN_TOKEN,
                        "--inbox.security.reader-token=it-reader-token");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
