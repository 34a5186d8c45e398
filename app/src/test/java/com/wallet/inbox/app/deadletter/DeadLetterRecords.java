package com.wallet.inbox.app.deadletter;

import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.InboxTopics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;

/** Dead letters shaped as the worker's DeadLetterPublishingRecoverer writes them. */
final class DeadLetterRecords {

    private DeadLetterRecords() {}

    static InboxSendEvent event(String messageId, String userId) {
        return new InboxSendEvent(
                InboxSendEvent.CURRENT_SCHEMA_VERSION,
                messageId,
                "req-" + messageId,
                "client-dlt",
                userId,
                "TP_DLT",
                1,
                List.of(new ContentTemplate("en-US", Map.of("who", "Ann"))),
                null,
                Instant.parse("2026-01-02T03:04:05Z"));
    }

    static byte[] json(InboxSendEvent event) {
        return InboxJson.mapper().writeValueAsBytes(event);
    }

    static RecordHeaders headers(FailureCode code, String reason, int originalPartition, long originalOffset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(InboxTopics.HEADER_FAILURE_CODE, utf8(code.name()));
        headers.add(InboxTopics.HEADER_FAILURE_MESSAGE, utf8(reason));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(InboxTopics.SEND));
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_PARTITION,
                ByteBuffer.allocate(Integer.BYTES).putInt(originalPartition).array());
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_OFFSET,
                ByteBuffer.allocate(Long.BYTES).putLong(originalOffset).array());
        return headers;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
