package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallet.inbox.schemas.FailureCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    private static final String VALID = """
            {"schemaVersion":1,"messageId":"m-1","requestId":"r-1","authClientId":"c-1","userId":"u-1",
             "templateCode":"TP_1","templateVersion":2,
             "templates":[{"language":"en-US","templateParameters":{"who":"Ann"}}],
             "acceptedAt":"2026-01-02T03:04:05Z","somethingNew":true}""";

    private static ConsumerRecord<String, byte[]> record(String json) {
        return new ConsumerRecord<>("t", 0, 0, "u-1", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAValidEventIgnoringUnknownFields() {
        var event = EventReader.read(record(VALID));

        assertThat(event.messageId()).isEqualTo("m-1");
        assertThat(event.templateVersion()).isEqualTo(2);
        assertThat(event.templates().get(0).templateParameters()).containsEntry("who", "Ann");
        assertThat(event.extendInfo()).isNull();
    }

    @Test
    void notJsonIsUnreadableWithoutMessageId() {
        assertFailure(record("not json {"), null, "not JSON");
    }

    @Test
    void nullValueIsUnreadable() {
        assertFailure(new ConsumerRecord<>("t", 0, 0, "k", null), null, "no value");
    }

    @Test
    void jsonOfAnotherShapeKeepsTheMessageIdItHas() {
        assertFailure(
                record(VALID.replace("\"templateVersion\":2", "\"templateVersion\":\"two\"")),
                "m-1",
                "templateVersion");
    }

    @Test
    void anAcceptedAtThatIsNoInstantIsNamedAndKeepsTheMessageId() {
        for (String bad :
                new String[] {"\"yesterday\"", "\"2026-13-02T03:04:05Z\"", "\"2026-01-02T03:04:05\"", "true"}) {
            var json = VALID.replace("\"2026-01-02T03:04:05Z\"", bad);
            assertFailure(record(json), "m-1", "acceptedAt");
        }
    }

    @Test
    void anAcceptedAtWithAnOffsetIsReadAsTheSameInstant() {
        var event = EventReader.read(record(VALID.replace("03:04:05Z", "05:04:05.250+02:00")));

        assertThat(event.acceptedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.250Z"));
    }

    @Test
    void missingTemplatesIsUnreadableAndKeepsTheMessageId() {
        var json = VALID.replaceAll("\"templates\":\\[.*?\\],", "");
        assertFailure(record(json), "m-1", "templates");
    }

    @Test
    void invalidValuesAreNotQuotedInTheReason() {
        var json = VALID.replace("{\"who\":\"Ann\"}", "{\"who\":{\"secret\":\"s3cr3t\"}}");
        assertThatThrownBy(() -> EventReader.read(record(json))).hasMessageNotContaining("s3cr3t");
    }

    @Test
    void eachMissingRequiredFieldIsNamed() {
        for (String field : new String[] {"requestId", "authClientId", "userId", "templateCode", "acceptedAt"}) {
            var json = VALID.replaceAll("\"" + field + "\":\"[^\"]*\",?", "");
            assertFailure(record(json), "m-1", field);
        }
        assertFailure(record(VALID.replace("\"messageId\":\"m-1\",", "")), null, "messageId");
        assertFailure(record(VALID.replace("\"templateVersion\":2,", "")), "m-1", "templateVersion");
        assertFailure(record(VALID.replace("[{\"language\"", "[{\"lang\"")), "m-1", "language");
        assertFailure(record(VALID.replaceAll("\\[\\{.*\\}\\}\\]", "[]")), "m-1", "templates");
    }

    private static void assertFailure(ConsumerRecord<String, byte[]> record, String messageId, String named) {
        assertThatThrownBy(() -> EventReader.read(record))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.code()).isEqualTo(FailureCode.EVENT_UNREADABLE);
                    assertThat(failure.messageId()).isEqualTo(messageId);
                })
                .hasMessageContaining(named);
    }
}
