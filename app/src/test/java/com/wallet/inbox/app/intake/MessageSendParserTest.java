package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class MessageSendParserTest {

    static final String SAMPLE = """
            {"accessToken":"2019112719074101000700000077771xxxx","appId":"202016726873874774774xxxx",
             "customerBelongsTo":"TNG","requestId":"20191127190741010007013213123xxxx",
             "templateCode":"TP_5800000001xxxx","redirectUrl":"https://merchant.example/orders/1",
             "templates":[{"templateParameters":{"who":"string to represent a name"},"language":"en-US"}],
             "extendInfo":"This is additional information"}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String with(String field, String json) {
        ObjectNode object = (ObjectNode) JSON.readTree(SAMPLE);
        if (json == null) {
            object.remove(field);
        } else {
            object.set(field, JSON.readTree(json));
        }
        return object.toString();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(with("appId", null), ResultCode.PARAM_ILLEGAL, "appId"),
                Arguments.of(with("appId", "\"\""), ResultCode.PARAM_ILLEGAL, "appId"),
                Arguments.of(with("appId", "32"), ResultCode.PARAM_ILLEGAL, "appId"),
                Arguments.of(with("appId", quoted("a", 33)), ResultCode.PARAM_ILLEGAL, "appId"),
                Arguments.of(with("accessToken", null), ResultCode.PARAM_ILLEGAL, "accessToken"),
                Arguments.of(with("customerBelongsTo", "1"), ResultCode.PARAM_ILLEGAL, "customerBelongsTo"),
                Arguments.of(with("customerBelongsTo", quoted("w", 65)), ResultCode.PARAM_ILLEGAL, "customerBelongsTo"),
                Arguments.of(with("requestId", null), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("requestId", quoted("r", 65)), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("requestId", "\"a b\""), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("templateCode", null), ResultCode.PARAM_ILLEGAL, "templateCode"),
                Arguments.of(with("templateCode", quoted("c", 65)), ResultCode.PARAM_ILLEGAL, "templateCode"),
                Arguments.of(with("redirectUrl", quoted("u", 2049)), ResultCode.PARAM_ILLEGAL, "redirectUrl"),
                Arguments.of(with("redirectUrl", "{}"), ResultCode.PARAM_ILLEGAL, "redirectUrl"),
                Arguments.of(with("templates", "[]"), ResultCode.PARAM_ILLEGAL, "templates"),
                Arguments.of(
                        with(
                                "templates",
                                "[{\"language\":\"en-US\",\"templateParameters\":{\"redirectUrl\":\"https://other\"}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters.redirectUrl"),
                Arguments.of(with("extendInfo", quoted("e", 4097)), ResultCode.PARAM_ILLEGAL, "extendInfo"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void refusesNamingTheField(String body, ResultCode code, String field) {
        assertThatExceptionOfType(Rejection.class).isThrownBy(() -> parse(body)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.getMessage()).startsWith(field + " ");
        });
    }

    @Test
    void theSampleBecomesTheSameCommandAsSendInboxWithTheRedirectAsAParameter() {
        SendInboxCommand command = parse(SAMPLE);

        assertThat(command.authClientId()).isEqualTo("202016726873874774774xxxx");
        assertThat(command.requestId().value()).isEqualTo("20191127190741010007013213123xxxx");
        assertThat(command.templateCode().value()).isEqualTo("TP_5800000001xxxx");
        assertThat(command.templates())
                .singleElement()
                .satisfies(t -> assertThat(t.parameters())
                        .isEqualTo(Map.of(
                                "who",
                                "string to represent a name",
                                "redirectUrl",
                                "https://merchant.example/orders/1")));
        assertThat(command.extendInfo()).isEqualTo("This is additional information");
    }

    @Test
    void acceptsEveryLimitExactlyAndOptionalFieldsAbsent() {
        String body = with("appId", quoted("a", 32));
        body = replace(body, "requestId", quoted("r", 64));
        body = replace(body, "templateCode", quoted("c", 64));
        body = replace(body, "redirectUrl", quoted("u", 2048));
        body = replace(body, "customerBelongsTo", quoted("w", 64));
        assertThat(parse(body).templates().get(0).parameters()).containsEntry("redirectUrl", "u".repeat(2048));

        ObjectNode minimal = (ObjectNode) JSON.readTree(SAMPLE);
        minimal.remove("redirectUrl");
        minimal.remove("customerBelongsTo");
        minimal.remove("extendInfo");
        assertThat(parse(minimal.toString()).templates().get(0).parameters()).doesNotContainKey("redirectUrl");
    }

    private static String replace(String body, String field, String json) {
        ObjectNode object = (ObjectNode) JSON.readTree(body);
        object.set(field, JSON.readTree(json));
        return object.toString();
    }

    private static String quoted(String letter, int length) {
        return "\"" + letter.repeat(length) + "\"";
    }

    private static SendInboxCommand parse(String body) {
        return MessageSendParser.parse(JsonBody.parse(body.getBytes(StandardCharsets.UTF_8)));
    }
}
