package com.wallet.inbox.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Provisions a fresh client, user, token and template through the admin API, unique per test. */
public final class Provisioning {

    public final String clientId;
    public final String userId;
    public final String token;
    public final String templateCode;
    private final Http http;

    public Provisioning(Http http) {
        this.http = http;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.clientId = "client-" + suffix;
        this.userId = "user-" + suffix;
        this.token = "token-" + suffix;
        this.templateCode = "TP_" + suffix;
        client(clientId, "ACTIVE");
        user(userId, "ACTIVE");
        token(token, clientId, userId, null);
        template(templateCode, null);
    }

    public void client(String id, String status) {
        ok(http.admin("PUT", "/admin/v1/clients/" + id, "{\"name\":\"Demo merchant\",\"status\":\"" + status + "\"}"));
    }

    public void user(String id, String status) {
        ok(http.admin("PUT", "/admin/v1/users/" + id, "{\"status\":\"" + status + "\"}"));
    }

    public void token(String accessToken, String client, String user, String expiresAt) {
        String expiry = expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"";
        Http.Answer answer = http.admin(
                "POST",
                "/admin/v1/tokens",
                "{\"authClientId\":\"" + client + "\",\"userId\":\"" + user + "\",\"accessToken\":\"" + accessToken
                        + "\"" + expiry + "}");
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    }

    public void template(String code, String authClientId) {
        String owner = authClientId == null ? "" : "\"authClientId\":\"" + authClientId + "\",";
        ok(http.admin(
                "PUT",
                "/admin/v1/templates/" + code,
                "{" + owner
                        + "\"defaultLanguage\":\"en-US\",\"contents\":{\"en-US\":{\"title\":\"Hello {{who}}\",\"content\":\"Hi {{who}}, you have a new message in your inbox.\"},"
                        + "\"zh-CN\":{\"title\":\"{{who}}，你好\",\"content\":\"{{who}}，你的收件箱有一条新消息。\"}}}"));
    }

    /** The sample request of sendInbox.txt, with this fixture's ids. */
    public String sendInbox(String requestId) {
        return sendInbox(token, requestId, "string to represent a name");
    }

    public String sendInbox(String accessToken, String requestId, String who) {
        return "{\"accessToken\":\"" + accessToken + "\",\"authClientId\":\"" + clientId + "\",\"requestId\":\""
                + requestId
                + "\",\"templateCode\":\"" + templateCode + "\",\"templates\":[{\"templateParameters\":{\"who\":\""
                + who
                + "\"},\"language\":\"en-US\"}],\"extendInfo\":\"This is additional information\"}";
    }

    /** An inquiryInbox body for one of this fixture's requests. */
    public String inquiry(String requestId) {
        return "{\"accessToken\":\"" + token + "\",\"authClientId\":\"" + clientId + "\",\"requestId\":\"" + requestId
                + "\"}";
    }

    private static void ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    }
}
