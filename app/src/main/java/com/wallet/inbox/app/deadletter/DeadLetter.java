package com.wallet.inbox.app.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.InboxTopics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * One record of the dead-letter topic as ops see it. The event's ids are there when its value parses
 * as an {@link InboxSendEvent}, the reason when the worker's headers are; a record that has neither is
 * still listed, since it may be exactly the one to look at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeadLetter(
        int partition,
        long offset,
        Instant timestamp,
        @Nullable String key,
        @Nullable String messageId,
        @Nullable String requestId,
        @Nullable String authClientId,
        @Nullable String failureCode,
        @Nullable String failureMessage,
        @Nullable String originalTopic,
        @Nullable Integer originalPartition,
        @Nullable Long originalOffset) {

    static DeadLetter of(ConsumerRecord<@Nullable String, byte @Nullable []> record) {
        InboxSendEvent event = event(record.value());
        Headers headers = record.headers();
        return new DeadLetter(
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                event == null ? null : event.messageId(),
                event == null ? null : event.requestId(),
                event == null ? null : event.authClientId(),
                text(headers, InboxTopics.HEADER_FAILURE_CODE),
                text(headers, InboxTopics.HEADER_FAILURE_MESSAGE),
                text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                originalPartition(headers),
                originalOffset(headers));
    }

    private static @Nullable InboxSendEvent event(byte @Nullable [] value) {
        if (value == null) {
            return null;
        }
        try {
            return InboxJson.mapper().readValue(value, InboxSendEvent.class);
        } catch (RuntimeException e) {
            // Unparseable is a normal state for a dead letter (that may be why it is one).
            return null;
        }
    }

    private static @Nullable String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition and offset as big-endian binary int and long. */
    private static @Nullable Integer originalPartition(Headers headers) {
        ByteBuffer value = binary(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.BYTES);
        return value == null ? null : value.getInt();
    }

    private static @Nullable Long originalOffset(Headers headers) {
        ByteBuffer value = binary(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, Long.BYTES);
        return value == null ? null : value.getLong();
    }

    private static @Nullable ByteBuffer binary(Headers headers, String name, int size) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null || header.value().length != size
                ? null
                : ByteBuffer.wrap(header.value());
    }
}
