package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.schemas.ResultCode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiIT extends IntegrationTestBase {

    @Test
    void describesSendInboxWithTheSampleAndEveryResultCode() {
        var docs = http.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/v3/api-docs")).GET());

        assertThat(docs.status()).isEqualTo(200);
        JsonNode send = docs.json().path("paths").path("/v2/messages/sendInbox").path("post");
        assertThat(send.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("example")
                        .path("requestId")
                        .asString())
                .isEqualTo("20191127190741010007013213123xxxx");
        JsonNode answers = send.path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("examples");
        for (String code : new String[] {
            "ACCEPT",
            "REPEAT_REQ_INCONSISTENT",
            "INVALID_ACCESS_TOKEN",
            "EXPIRED_ACCESS_TOKEN",
            "INVALID_AUTH_CLIENT",
            "USER_STATUS_ERROR",
            "VERIFY_REQUEST_ID_INVALID",
            "TEMPLATE_NOT_EXIST",
            "PARAM_ILLEGAL",
            "UNKNOWN_EXCEPTION",
            "REQUEST_TRAFFIC_EXCEED_LIMIT",
            "INVALID_SIGNATURE"
        }) {
            assertThat(answers.path(code)
                            .path("value")
                            .path("result")
                            .path("resultCode")
                            .asString())
                    .as(code)
                    .isEqualTo(ResultCode.valueOf(code).name());
        }
        assertThat(send.path("responses").has("405")).isTrue();
        assertThat(send.path("responses").has("415")).isTrue();
        assertThat(docs.json().path("paths").has("/v2/messages/inquiryInbox")).isTrue();
        assertThat(docs.json()
                        .path("paths")
                        .path("/v2/miniprogram/message/send")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("example")
                        .path("appId")
                        .asString())
                .isEqualTo("202016726873874774774xxxx");
        assertThat(docs.json().path("paths").has("/admin/v1/tokens")).isFalse();
    }

    @Test
    void swaggerUiIsPublic() {
        var page = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/swagger-ui.html"))
                .GET());
        assertThat(page.status()).isIn(200, 302);
        if (page.status() == 302) {
            String location = page.header("Location");
            var target =
                    http.send(HttpRequest.newBuilder(URI.create(http.base()).resolve(location))
                            .GET());
            assertThat(target.status()).isEqualTo(200);
            assertThat(target.raw().body()).containsIgnoringCase("swagger");
        }
    }
}
