package com.wallet.inbox.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxTopics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterTest {

    @Test
    void readsTheEventIdsAndTheWorkersHeaders() {
        var headers = DeadLetterRecords.headers(FailureCode.TEMPLATE_PARAMETER_MISSING, "missing: who", 7, 1234L);
        var letter = DeadLetter.of(
                record(3, 42, "user-1", DeadLetterRecords.json(DeadLetterRecords.event("m-1", "user-1")), headers));

        assertThat(letter)
                .isEqualTo(new DeadLetter(
                        3,
                        42,
                        Instant.ofEpochMilli(1_700_000_000_000L),
                        "user-1",
                        "m-1",
                        "req-m-1",
                        "client-dlt",
                        "TEMPLATE_PARAMETER_MISSING",
                        "missing: who",
                        InboxTopics.SEND,
                        7,
                        1234L));
    }

    @Test
    void listsAnUnparseableValueWithoutTheEventIds() {
        var letter = DeadLetter.of(record(
                0,
                1,
                "user-1",
                "not json".getBytes(StandardCharsets.UTF_8),
                DeadLetterRecords.headers(FailureCode.EVENT_UNREADABLE, "unreadable", 0, 1)));

        assertThat(letter.messageId()).isNull();
        assertThat(letter.requestId()).isNull();
        assertThat(letter.failureCode()).isEqualTo("EVENT_UNREADABLE");
        assertThat(letter.originalOffset()).isEqualTo(1L);
    }

    @Test
    void listsJsonThatIsNotAnEventWithoutTheEventIds() {
        var letter = DeadLetter.of(record(
                0, 1, "user-1", "{\"messageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8), new RecordHeaders()));

        assertThat(letter.messageId()).isNull();
    }

    @Test
    void listsARecordWithoutKeyValueOrHeaders() {
        var letter = DeadLetter.of(record(5, 9, null, null, new RecordHeaders()));

        assertThat(letter.key()).isNull();
        assertThat(letter.messageId()).isNull();
        assertThat(letter.failureCode()).isNull();
        assertThat(letter.originalTopic()).isNull();
        assertThat(letter.originalPartition()).isNull();
        assertThat(letter.originalOffset()).isNull();
    }

    @Test
    void ignoresOriginalPartitionAndOffsetHeadersOfTheWrongSize() {
        var headers = new RecordHeaders();
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, "7".getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, new byte[] {1, 2, 3});

        var letter = DeadLetter.of(record(0, 0, "u", null, headers));

        assertThat(letter.originalPartition()).isNull();
        assertThat(letter.originalOffset()).isNull();
    }

    private static ConsumerRecord<@Nullable String, byte @Nullable []> record(
            int partition, long offset, @Nullable String key, byte @Nullable [] value, RecordHeaders headers) {
        return new ConsumerRecord<>(
                InboxTopics.SEND_DEAD_LETTERS,
                partition,
                offset,
                1_700_000_000_000L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                key,
                value,
                headers,
                Optional.empty());
    }
}
