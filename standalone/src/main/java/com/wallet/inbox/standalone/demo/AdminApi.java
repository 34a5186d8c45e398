package com.wallet.inbox.standalone.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The few admin calls the seeder makes. Errors name the call and status, never a body: it may hold a token. */
final class AdminApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI baseUri;
    private final String adminToken;

    AdminApi(URI baseUri, String adminToken) {
        this.baseUri = baseUri;
        this.adminToken = adminToken;
    }

    void put(String path, Map<String, Object> body) {
        expectSuccess("PUT " + path, send(request(path).PUT(json(body))));
    }

    /** Imports the given token; a 409 means it is registered already, which is what we want. */
    void importToken(Map<String, Object> body) {
        String call = "POST /admin/v1/tokens";
        int status = send(request("/admin/v1/tokens").POST(json(body)));
        if (status != 409) {
            expectSuccess(call, status);
        }
    }

    boolean exists(String path) {
        int status = send(request(path).GET());
        if (status == 404) {
            return false;
        }
        expectSuccess("GET " + path, status);
        return true;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Map<String, Object> body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("Admin API at " + baseUri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo data", e);
        }
    }

    private static void expectSuccess(String call, int status) {
        if (status < 200 || status > 299) {
            throw new IllegalStateException("Seeding the demo data failed: " + call + " answered HTTP " + status);
        }
    }
}
