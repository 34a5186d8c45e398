package com.wallet.inbox.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seeder against a stub admin API that answers with the statuses the real one uses. */
class DemoSeederTest {

    private static final String TEMPLATE = "/admin/v1/templates/TP_5800000001xxxx";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String call =
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            calls.add(call);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(statuses.getOrDefault(call, 200), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void provisionsEverythingWithTheAdminTokenAndCreatesAMissingTemplate() {
        statuses.put("GET " + TEMPLATE, 404);
        statuses.put("POST /admin/v1/tokens", 201);

        seeder().seed();

        assertThat(calls)
                .containsExactly(
                        "PUT /admin/v1/clients/202016726873874774774xxxx",
                        "PUT /admin/v1/users/demo-user-0001",
                        "POST /admin/v1/tokens",
                        "GET " + TEMPLATE,
                        "PUT " + TEMPLATE);
        assertThat(authorizations).containsOnly("Bearer admin-secret");
    }

    @Test
    void leavesAnExistingTemplateAloneSoRestartsAddNoVersion() {
        seeder().seed();

        assertThat(calls).contains("GET " + TEMPLATE).doesNotContain("PUT " + TEMPLATE);
    }

    @Test
    void aTokenTheAppAlreadyKnowsIsFine() {
        statuses.put("POST /admin/v1/tokens", 409);

        seeder().seed();

        assertThat(calls).contains("GET " + TEMPLATE);
    }

    @Test
    void aRefusedCallStopsTheSeedingNamingTheCallAndStatus() {
        statuses.put("PUT /admin/v1/clients/202016726873874774774xxxx", 401);

        assertThatThrownBy(() -> seeder().seed())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PUT /admin/v1/clients/202016726873874774774xxxx")
                .hasMessageContaining("HTTP 401");
        assertThat(calls).hasSize(1);
    }

    @Test
    void anUnexpectedTemplateLookupAnswerIsAnError() {
        statuses.put("GET " + TEMPLATE, 500);

        assertThatThrownBy(() -> seeder().seed()).hasMessageContaining("GET " + TEMPLATE + " answered HTTP 500");
    }

    @Test
    void anUnreachableAppIsAnError() {
        server.stop(0);

        assertThatThrownBy(() -> seeder().seed()).hasMessageContaining("did not answer");
    }

    private DemoSeeder seeder() {
        return new DemoSeeder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "admin-secret");
    }
}
