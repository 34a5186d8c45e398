package com.wallet.inbox.bench.barehttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** The bare-HTTP ceiling parses the call and frames its answer as the intake does: whole, with its length. */
class BareHttpServerTest {

    private static final String CALL = "{\"accessToken\":\"t\",\"authClientId\":\"c\",\"requestId\":\"r-1\","
            + "\"templateCode\":\"TP_1\",\"templates\":[{\"templateParameters\":{\"who\":\"x\"},\"language\":\"en-US\"}]}";

    @Test
    void answersAcceptWholeWithItsLength() throws Exception {
        var application = new SpringApplication(BareHttpServer.class);
        application.setDefaultProperties(
                Map.of("server.port", 0, "server.address", "127.0.0.1", "spring.main.banner-mode", "off"));
        try (var context = application.run()) {
            String port = context.getEnvironment().getRequiredProperty("local.server.port");
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/messages/sendInbox"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(CALL))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"resultCode\":\"ACCEPT\"");
            assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
            assertThat(answer.headers().firstValue("Content-Length"))
                    .hasValue(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
        }
    }
}
