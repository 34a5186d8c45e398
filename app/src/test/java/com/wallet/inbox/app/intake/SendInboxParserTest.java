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

class SendInboxParserTest {

    static final String SAMPLE = """
            {"accessToken":"2019112719074101000700000077771xxxx","authClientId":"202016726873874774774xxxx",
             "requestId":"20191127190741010007013213123xxxx","templateCode":"TP_5800000001xxxx",
             "templates":[{"templateParameters":{"who":"string to represent a name"},"language":"en-US"}],
             "extendInfo":"This is additional information"}""";

    /** The sample with one field replaced (or removed when the value is null). */
    static String with(String field, String json) {
        String sample = SAMPLE.replaceAll("\\s*\\n\\s*", "");
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(sample);
        var object = (tools.jackson.databind.node.ObjectNode) root;
        if (json == null) {
            object.remove(field);
        } else {
            object.set(
                    field,
                    tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
        }
        return object.toString();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(with("accessToken", null), ResultCode.PARAM_ILLEGAL, "accessToken"),
                Arguments.of(with("accessToken", "\"\""), ResultCode.PARAM_ILLEGAL, "accessToken"),
                Arguments.of(with("accessToken", "12"), ResultCode.PARAM_ILLEGAL, "accessToken"),
                Arguments.of(
                        with("accessToken", "\"" + "t".repeat(129) + "\""), ResultCode.PARAM_ILLEGAL, "accessToken"),
                Arguments.of(with("authClientId", "5"), ResultCode.PARAM_ILLEGAL, "authClientId"),
                Arguments.of(
                        with("authClientId", "\"" + "c".repeat(129) + "\""), ResultCode.PARAM_ILLEGAL, "authClientId"),
                Arguments.of(with("requestId", null), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("requestId", "\"\""), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("requestId", "\"a b\""), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(
                        with("requestId", "\"" + "r".repeat(129) + "\""),
                        ResultCode.VERIFY_REQUEST_ID_INVALID,
                        "requestId"),
                Arguments.of(with("requestId", "7"), ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId"),
                Arguments.of(with("templateCode", null), ResultCode.PARAM_ILLEGAL, "templateCode"),
                Arguments.of(with("templateCode", "\"\""), ResultCode.PARAM_ILLEGAL, "templateCode"),
                Arguments.of(
                        with("templateCode", "\"" + "c".repeat(257) + "\""), ResultCode.PARAM_ILLEGAL, "templateCode"),
                Arguments.of(with("templates", null), ResultCode.PARAM_ILLEGAL, "templates"),
                Arguments.of(with("templates", "[]"), ResultCode.PARAM_ILLEGAL, "templates"),
                Arguments.of(with("templates", "{}"), ResultCode.PARAM_ILLEGAL, "templates"),
                Arguments.of(with("templates", six()), ResultCode.PARAM_ILLEGAL, "templates"),
                Arguments.of(with("templates", "[\"en-US\"]"), ResultCode.PARAM_ILLEGAL, "templates[0]"),
                Arguments.of(with("templates", "[{}]"), ResultCode.PARAM_ILLEGAL, "templates[0].language"),
                Arguments.of(
                        with("templates", "[{\"language\":3}]"), ResultCode.PARAM_ILLEGAL, "templates[0].language"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en_US\"}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].language"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\"},{\"language\":\"EN-us\"}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[1].language"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\",\"templateParameters\":[]}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\",\"templateParameters\":{\"who\":1}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters.who"),
                Arguments.of(
                        with(
                                "templates",
                                "[{\"language\":\"en-US\",\"templateParameters\":{\"who\":\"" + "v".repeat(4097)
                                        + "\"}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters.who"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\",\"templateParameters\":{\"$where\":\"x\"}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters.$where"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\",\"templateParameters\":{\"a.b\":\"x\"}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters.a.b"),
                Arguments.of(
                        with("templates", "[{\"language\":\"en-US\",\"templateParameters\":{\"\":\"x\"}}]"),
                        ResultCode.PARAM_ILLEGAL,
                        "templates[0].templateParameters."),
                Arguments.of(with("extendInfo", "{}"), ResultCode.PARAM_ILLEGAL, "extendInfo"),
                Arguments.of(
                        with("extendInfo", "\"" + "e".repeat(4097) + "\""), ResultCode.PARAM_ILLEGAL, "extendInfo"),
                Arguments.of("{not json", ResultCode.PARAM_ILLEGAL, "body"),
                Arguments.of("", ResultCode.PARAM_ILLEGAL, "body"),
                Arguments.of("[1,2]", ResultCode.PARAM_ILLEGAL, "body"),
                Arguments.of("\"text\"", ResultCode.PARAM_ILLEGAL, "body"),
                Arguments.of("{\"a\":1} {\"b\":2}", ResultCode.PARAM_ILLEGAL, "body"),
                Arguments.of("{\"requestId\":\"a\",\"requestId\":\"b\"}", ResultCode.PARAM_ILLEGAL, "body"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void refusesNamingTheField(String body, ResultCode code, String field) {
        assertThatExceptionOfType(Rejection.class).isThrownBy(() -> parse(body)).satisfies(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(field + " ");
        });
    }

    @Test
    void parsesTheSample() {
        SendInboxCommand command = parse(SAMPLE);
        assertThat(command.accessToken().value()).isEqualTo("2019112719074101000700000077771xxxx");
        assertThat(command.authClientId()).isEqualTo("202016726873874774774xxxx");
        assertThat(command.requestId().value()).isEqualTo("20191127190741010007013213123xxxx");
        assertThat(command.templateCode().value()).isEqualTo("TP_5800000001xxxx");
        assertThat(command.templates())
                .containsExactly(new Template(new LanguageTag("en-US"), Map.of("who", "string to represent a name")));
        assertThat(command.extendInfo()).isEqualTo("This is additional information");
    }

    @Test
    void optionalFieldsMayBeAbsentOrNullAndUnknownOnesAreIgnored() {
        String minimal = "{\"accessToken\":\"t\",\"requestId\":\"r\",\"templateCode\":\"c\",\"authClientId\":null,"
                + "\"templates\":[{\"language\":\"en-US\"}],\"somethingNew\":[1]}";
        SendInboxCommand command = parse(minimal);
        assertThat(command.authClientId()).isNull();
        assertThat(command.extendInfo()).isNull();
        assertThat(command.templates().get(0).parameters()).isEmpty();
    }

    @Test
    void acceptsFiveTemplatesAndTheLimitsExactly() {
        String five = "["
                + String.join(
                        ",",
                        Stream.of("en-US", "zh-CN", "fr", "de", "ja")
                                .map(l -> "{\"language\":\"" + l + "\"}")
                                .toList())
                + "]";
        assertThat(parse(with("templates", five)).templates()).hasSize(5);
        assertThat(parse(with("extendInfo", "\"" + "e".repeat(4096) + "\"")).extendInfo())
                .hasSize(4096);
    }

    private static String six() {
        return "["
                + String.join(
                        ",",
                        Stream.of("en-US", "zh-CN", "fr", "de", "ja", "ko")
                                .map(l -> "{\"language\":\"" + l + "\"}")
                                .toList())
                + "]";
    }

    private static SendInboxCommand parse(String body) {
        return SendInboxParser.parse(JsonBody.parse(body.getBytes(StandardCharsets.UTF_8)));
    }
}
