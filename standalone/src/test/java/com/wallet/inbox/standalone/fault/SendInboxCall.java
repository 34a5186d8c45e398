package com.wallet.inbox.standalone.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One sendInbox call of the demo sample under a given requestId, as a merchant makes it: the answer is
 * A with a messageId, F with a code, or unknown (U, an unreadable answer, or none at all).
 */
final class SendInboxCall {

    static final String SAMPLE_REQUEST = "/sendInbox-sample-request.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Generous: an answer during an outage takes the app's publish timeout (10 s) at most.
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectNode sample = sample();

    Answer send(URI app, String requestId) {
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/v2/messages/sendInbox"))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(requestId)))
                .build();
        try {
            return Answer.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Answer.unknown("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String body(String requestId) {
        return JSON.writeValueAsString(sample.deepCopy().put("requestId", requestId));
    }

    private static ObjectNode sample() {
        try (InputStream in = SendInboxCall.class.getResourceAsStream(SAMPLE_REQUEST)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE_REQUEST + " is not on the test class path");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code detail} is the messageId when accepted, the result code when failed, the reason when unknown. */
    record Answer(Status status, String detail) {

        enum Status {
            ACCEPTED,
            FAILED,
            UNKNOWN
        }

        static Answer unknown(String reason) {
            return new Answer(Status.UNKNOWN, reason);
        }

        /** A body that is not the result envelope (say, a 503 page of a server going down) is no answer. */
        static Answer of(HttpResponse<String> response) {
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (JacksonException e) {
                return unknown("HTTP " + response.statusCode() + " without a result");
            }
            String status = body.path("result").path("resultStatus").asString("");
            String code = body.path("result").path("resultCode").asString("");
            return switch (status) {
                case "A" -> new Answer(Status.ACCEPTED, body.path("messageId").asString(""));
                case "U" -> unknown(code);
                case "" -> unknown("HTTP " + response.statusCode() + " without a result");
                default -> new Answer(Status.FAILED, status + "/" + code);
            };
        }
    }
}
