package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminApiIT extends IntegrationTestBase {

    @Test
    void refusesMissingOrWrongBearerTokenWithJson() {
        var missing = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/admin/v1/templates/TP_x"))
                .GET());
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("error").asString()).isEqualTo("UNAUTHORIZED");

        var wrong = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/admin/v1/templates/TP_x"))
                .header("Authorization", "Bearer not-the-admin-token")
                .GET());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void healthIsPublic() {
        var health = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/actuator/health"))
                .GET());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void provisionsEverythingASendNeeds() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.admin("PUT", "/admin/v1/clients/c-" + id, "{\"name\":\"Demo merchant\",\"status\":\"ACTIVE\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http.admin("PUT", "/admin/v1/users/u-" + id, "{\"status\":\"ACTIVE\"}")
                        .status())
                .isEqualTo(200);
        var issued = http.admin(
                "POST", "/admin/v1/tokens", "{\"authClientId\":\"c-" + id + "\",\"userId\":\"u-" + id + "\"}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("accessToken").asString();
        assertThat(token).isNotBlank();
        String template =
                "{\"defaultLanguage\":\"en-US\",\"contents\":{\"en-US\":{\"title\":\"Hello {{who}}\",\"content\":\"Hi {{who}}\"}}}";
        assertThat(http.admin("PUT", "/admin/v1/templates/TP_" + id, template)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.admin("PUT", "/admin/v1/templates/TP_" + id, template)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(2);

        var latest = http.admin("GET", "/admin/v1/templates/TP_" + id, null);
        assertThat(latest.json().path("version").asLong()).isEqualTo(2);
        assertThat(latest.json().path("contents").path("en-US").path("title").asString())
                .isEqualTo("Hello {{who}}");

        var sent = http.post(
                "/v2/messages/sendInbox",
                "{\"accessToken\":\"" + token + "\",\"requestId\":\"r-" + id + "\",\"templateCode\":\"TP_" + id
                        + "\",\"templates\":[{\"language\":\"en-US\",\"templateParameters\":{\"who\":\"Ann\"}}]}");
        assertThat(sent.resultCode()).isEqualTo("ACCEPT");
    }

    @Test
    void refusesBadBodiesWith400NamingTheField() {
        assertBadRequest(http.admin("PUT", "/admin/v1/clients/c-1", "{\"name\":\"x\",\"status\":\"MAYBE\"}"), "status");
        assertBadRequest(http.admin("PUT", "/admin/v1/clients/c-1", "{\"status\":\"ACTIVE\"}"), "name");
        assertBadRequest(
                http.admin(
                        "PUT",
                        "/admin/v1/clients/c-1",
                        "{\"name\":\"x\",\"status\":\"ACTIVE\",\"publicKey\":\"bm90IGEga2V5\"}"),
                "publicKey");
        assertBadRequest(http.admin("PUT", "/admin/v1/users/u-1", "{\"status\":1}"), "status");
        assertBadRequest(http.admin("POST", "/admin/v1/tokens", "{\"userId\":\"u\"}"), "authClientId");
        assertBadRequest(
                http.admin("POST", "/admin/v1/tokens", "{\"authClientId\":\"nobody\",\"userId\":\"u\"}"),
                "authClientId");
        assertBadRequest(
                http.admin("PUT", "/admin/v1/templates/TP_bad", "{\"defaultLanguage\":\"en-US\",\"contents\":{}}"),
                "contents");
        assertBadRequest(
                http.admin(
                        "PUT",
                        "/admin/v1/templates/TP_bad",
                        "{\"defaultLanguage\":\"de-DE\",\"contents\":{\"en-US\":{\"title\":\"t\",\"content\":\"c\"}}}"),
                "defaultLanguage");
        assertBadRequest(
                http.admin(
                        "PUT",
                        "/admin/v1/templates/TP_bad",
                        "{\"defaultLanguage\":\"en-US\",\"contents\":{\"en-US\":{\"content\":\"c\"}}}"),
                "contents.en-US.title");
        assertBadRequest(http.admin("PUT", "/admin/v1/users/u-1", "{not json"), "body");
        assertThat(http.admin("GET", "/admin/v1/templates/TP_missing_" + UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);
    }

    private static void assertBadRequest(com.wallet.inbox.app.support.Http.Answer answer, String field) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
    }
}
