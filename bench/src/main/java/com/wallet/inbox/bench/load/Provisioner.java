package com.wallet.inbox.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Registers the run's users and imports their tokens through the admin API. Never prints a token. */
final class Provisioner {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI baseUrl;
    private final String adminToken;

    Provisioner(HttpClient http, URI baseUrl, String adminToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    List<BenchUser> provision(String runId, int count, String authClientId) {
        List<BenchUser> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BenchUser user = BenchUser.of(runId, i);
            call("PUT /admin/v1/users", "/admin/v1/users/" + user.userId(), "PUT", Map.of("status", "ACTIVE"));
            call(
                    "POST /admin/v1/tokens",
                    "/admin/v1/tokens",
                    "POST",
                    Map.of("authClientId", authClientId, "userId", user.userId(), "accessToken", user.accessToken()));
            users.add(user);
        }
        return users;
    }

    private void call(String name, String path, String method, Map<String, String> body) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        int status = send(request);
        if (status < 200 || status > 299) {
            throw new IllegalStateException("provisioning failed: " + name + " answered HTTP " + status);
        }
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("the admin API at " + baseUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning", e);
        }
    }
}
