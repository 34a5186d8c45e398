package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.wallet.inbox.schemas.InboxCollections;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end scenario every variant (embedded, Testcontainers, external services) runs: the sample
 * request of {@code sendInbox.txt}, byte for byte, accepted, delivered once, and answered the same when
 * repeated.
 */
final class SendInboxScenario implements AutoCloseable {

    static final String SAMPLE_REQUEST_RESOURCE = "/sendInbox-sample-request.json";
    static final String REQUEST_ID = "20191127190741010007013213123xxxx";
    static final String AUTH_CLIENT_ID = "202016726873874774774xxxx";
    private static final Duration DELIVERY = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI sendInbox;
    private final MongoClient mongo;

    SendInboxScenario(int serverPort, String mongoUri) {
        this.sendInbox = URI.create("http://localhost:" + serverPort + "/v2/messages/sendInbox");
        this.mongo = MongoClients.create(mongoUri);
    }

    /** Sends the sample, expects A/ACCEPT and waits for the worker to store the rendered message. */
    String sendSampleAndAwaitDelivery() {
        String messageId = sendSampleExpectingAccept();
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(findMessage(messageId)).isNotNull());
        assertRenderedForEnUs(findMessage(messageId));
        return messageId;
    }

    /** A repeat of the same request answers the stored result and stores nothing new. */
    void assertRepeatAnswers(String messageId) {
        assertThat(sendSampleExpectingAccept()).isEqualTo(messageId);
        assertThat(messages()
                        .countDocuments(Filters.and(
                                Filters.eq("authClientId", AUTH_CLIENT_ID), Filters.eq("requestId", REQUEST_ID))))
                .isEqualTo(1);
    }

    void assertStored(String messageId) {
        assertRenderedForEnUs(findMessage(messageId));
    }

    @Override
    public void close() {
        mongo.close();
    }

    private String sendSampleExpectingAccept() {
        JsonNode response = JSON.readTree(post(sampleRequest()));
        assertThat(response.path("result").path("resultStatus").asString()).isEqualTo("A");
        assertThat(response.path("result").path("resultCode").asString()).isEqualTo("ACCEPT");
        String messageId = response.path("messageId").asString();
        assertThat(messageId).isNotBlank();
        return messageId;
    }

    private static void assertRenderedForEnUs(Document message) {
        assertThat(message).isNotNull();
        assertThat(message.getString("requestId")).isEqualTo(REQUEST_ID);
        assertThat(message.getString("authClientId")).isEqualTo(AUTH_CLIENT_ID);
        assertThat(message.getString("templateCode")).isEqualTo("TP_5800000001xxxx");
        List<Document> contents = message.getList("contents", Document.class);
        assertThat(contents).hasSize(1);
        Document english = contents.get(0);
        assertThat(english.getString("language")).isEqualTo("en-US");
        assertThat(english.getString("resolvedLanguage")).isEqualTo("en-US");
        assertThat(english.getString("title")).isEqualTo("Hello string to represent a name");
        assertThat(english.getString("content"))
                .isEqualTo("Hi string to represent a name, you have a new message in your inbox.");
    }

    private Document findMessage(String messageId) {
        return messages().find(Filters.eq("_id", messageId)).first();
    }

    private MongoCollection<Document> messages() {
        return mongo.getDatabase(InboxCollections.DATABASE).getCollection(InboxCollections.MESSAGES);
    }

    private String post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(sendInbox)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] sampleRequest() {
        try (InputStream in = SendInboxScenario.class.getResourceAsStream(SAMPLE_REQUEST_RESOURCE)) {
            assertThat(in).as(SAMPLE_REQUEST_RESOURCE).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
