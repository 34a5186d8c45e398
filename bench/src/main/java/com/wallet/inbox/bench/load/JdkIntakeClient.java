package com.wallet.inbox.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's own client, kept to compare with: against the bare-HTTP server it took about 1.6 times the CPU per
 * call of the Netty one.
 */
final class JdkIntakeClient implements IntakeClient {

    private final URI endpoint;
    private final Duration timeout;
    private final ExecutorService pool;
    private final HttpClient http;

    JdkIntakeClient(URI endpoint, Duration timeout, int threads) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(pool)
                .build();
    }

    @Override
    public void post(byte[] body, Answer answer) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            if (failure != null) {
                answer.failed(failure);
            } else {
                answer.received(response.statusCode(), response.body());
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
