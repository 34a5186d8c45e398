package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Calls the read API as its clients do: with the reader token from IntegrationTestBase. */
final class ReadApi {

    static final String READER_TOKEN = "it-reader-token";

    private final Http http;

    ReadApi(Http http) {
        this.http = http;
    }

    Http.Answer get(String path) {
        return send("GET", path, READER_TOKEN);
    }

    Http.Answer post(String path) {
        return send("POST", path, READER_TOKEN);
    }

    Http.Answer send(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request);
    }

    JsonNode ok(String path) {
        Http.Answer answer = get(path);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    /** Follows nextCursor to the end and returns every item's messageId, in order. */
    List<String> allIds(String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(path + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("items").forEach(item -> ids.add(item.path("messageId").asString()));
            cursor = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asString();
        } while (cursor != null);
        return ids;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("messageId").asString()));
        return ids;
    }

    static void assertBadParameter(Http.Answer answer, String parameter) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().path("parameter").asString()).isEqualTo(parameter);
        assertThat(answer.json().path("message").asString()).startsWith(parameter + " ");
    }
}
