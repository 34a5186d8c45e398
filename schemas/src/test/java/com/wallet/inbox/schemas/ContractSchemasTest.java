package com.wallet.inbox.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The records serialize to what the published schemas describe, and the sample request fits its schema. */
class ContractSchemasTest {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Instant NOW = Instant.parse("2026-11-26T01:02:03.456Z");

    @Test
    void sampleRequestOfTheApiDocumentIsValid() {
        assertThat(errors("send-inbox-request", resource("/sendInbox-sample-request.json")))
                .isEmpty();
    }

    @Test
    void requestOutsideTheLimitsIsRejected() {
        ObjectNode request = (ObjectNode) resource("/sendInbox-sample-request.json");
        request.put("requestId", "has spaces");
        request.putArray("templates");

        assertThat(errors("send-inbox-request", request))
                .extracting(Error::getInstanceLocation)
                .map(Object::toString)
                .anySatisfy(location -> assertThat(location).contains("requestId"))
                .anySatisfy(location -> assertThat(location).contains("templates"));
    }

    @Test
    void parameterNamesThatMongoCouldInterpretAreRejected() {
        ObjectNode request = (ObjectNode) resource("/sendInbox-sample-request.json");
        ((ObjectNode) request.get("templates").get(0).get("templateParameters")).put("$where", "x");

        assertThat(errors("send-inbox-request", request)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndTheirSchemas")
    void recordSerializesToItsSchema(String schema, Object record) {
        assertThat(errors(schema, InboxJson.mapper().valueToTree(record))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndTheirSchemas")
    void schemaDescribesEveryComponentOfItsRecord(String schema, Object record) {
        JsonNode properties = schemaNode(schema).get("properties");
        List<String> components = Arrays.stream(record.getClass().getRecordComponents())
                .map(component -> component.getName())
                .toList();

        assertThat(components)
                .allSatisfy(name -> assertThat(properties.has(name))
                        .as("%s describes %s", schema, name)
                        .isTrue());
    }

    @Test
    void eventRecordReadsBackWhatItWrote() {
        InboxSendEvent event = event();
        byte[] bytes = InboxJson.mapper().writeValueAsBytes(event);

        assertThat(InboxJson.mapper().readValue(bytes, InboxSendEvent.class)).isEqualTo(event);
    }

    static Stream<Arguments> recordsAndTheirSchemas() {
        return Stream.of(
                Arguments.of("send-inbox-request", request()),
                Arguments.of(
                        "send-inbox-response",
                        new SendInboxResponse(Result.of(ResultCode.ACCEPT), "0194f3c2a1b2c3d4e5f6a7b8c9d0e1f2", "x")),
                Arguments.of(
                        "send-inbox-response", SendInboxResponse.failed(Result.of(ResultCode.PARAM_ILLEGAL, "bad"))),
                Arguments.of("inbox-send-event", event()),
                Arguments.of("inbox-message", message()),
                Arguments.of("inbox-request", inboxRequest()),
                Arguments.of("template-version", templateVersion()));
    }

    private static SendInboxRequest request() {
        return new SendInboxRequest(
                "2019112719074101000700000077771xxxx",
                "202016726873874774774xxxx",
                "20191127190741010007013213123xxxx",
                "TP_5800000001xxxx",
                List.of(new ContentTemplate("en-US", Map.of("who", "XiaoMing"))),
                "This is additional information");
    }

    private static InboxSendEvent event() {
        return new InboxSendEvent(
                InboxSendEvent.CURRENT_SCHEMA_VERSION,
                "0194f3c2a1b2c3d4e5f6a7b8c9d0e1f2",
                "20191127190741010007013213123xxxx",
                "202016726873874774774xxxx",
                "demo-user-0001",
                "TP_5800000001xxxx",
                3,
                List.of(
                        new ContentTemplate("en-US", Map.of("who", "XiaoMing")),
                        new ContentTemplate("zh-TW", Map.of("who", "小明"))),
                null,
                NOW);
    }

    private static InboxMessage message() {
        return new InboxMessage(
                "0194f3c2a1b2c3d4e5f6a7b8c9d0e1f2",
                "20191127190741010007013213123xxxx",
                "202016726873874774774xxxx",
                "demo-user-0001",
                "TP_5800000001xxxx",
                3,
                List.of(
                        new RenderedContent("en-US", "en-US", "Hello XiaoMing", "Hi XiaoMing", null),
                        new RenderedContent("zh-TW", "zh-CN", "小明，你好", "小明，你的收件箱有一条新消息。", "https://example.com/m")),
                "This is additional information",
                NOW,
                NOW.plusMillis(40),
                null);
    }

    private static InboxRequest inboxRequest() {
        return new InboxRequest(
                "0194f3c2a1b2c3d4e5f6a7b8c9d0e1f2",
                "202016726873874774774xxxx",
                "20191127190741010007013213123xxxx",
                "demo-user-0001",
                "TP_5800000001xxxx",
                3,
                "a".repeat(64),
                RequestStatus.FAILED,
                FailureCode.TEMPLATE_PARAMETER_MISSING.name(),
                "placeholder 'who' has no parameter",
                NOW,
                NOW,
                NOW.plusSeconds(1));
    }

    private static TemplateVersion templateVersion() {
        return new TemplateVersion(
                "TP_5800000001xxxx",
                3,
                null,
                "en-US",
                List.of(new TemplateVariant("en-US", "Hello {{who}}", "Hi {{who}}", null)),
                NOW);
    }

    private static List<Error> errors(String schema, JsonNode instance) {
        Schema compiled = REGISTRY.getSchema(stream("/schemas/" + schema + ".schema.json"));
        return compiled.validate(instance);
    }

    private static JsonNode schemaNode(String schema) {
        return resource("/schemas/" + schema + ".schema.json");
    }

    private static JsonNode resource(String path) {
        try (InputStream in = stream(path)) {
            return InboxJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = ContractSchemasTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
