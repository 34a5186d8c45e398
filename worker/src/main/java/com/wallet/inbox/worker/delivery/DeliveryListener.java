package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.worker.deadletter.DeadLetters;
import com.wallet.inbox.worker.deadletter.FailedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Delivers send events, one batch of records at a time.
 *
 * <p>Each record is read, its template version loaded and every requested language rendered. The
 * messages of the whole batch are then written with one unordered {@code insertMany}; {@code _id} =
 * messageId makes a redelivered record a duplicate-key no-op, which is what makes at-least-once Kafka
 * delivery store each message exactly once. The container commits a batch's offsets only after this
 * method returned (AckMode TIME: once per commit interval, see {@code KafkaListenerConfig}), so a
 * committed offset never lies past an unstored message.
 *
 * <p>Two kinds of failure are told apart. A poison record (unreadable event, unknown template version,
 * missing parameter, render failure) would fail the same way forever: it is handled here, inside the
 * batch, by publishing it to the dead-letter topic and marking its request FAILED, and the rest of the
 * batch and partition carry on. A transient failure (MongoDB down or slow, the dead-letter publish
 * failing) is not the record's fault: the exception escapes, nothing is committed, and the container's
 * one {@code DefaultErrorHandler} retries the whole batch with capped exponential back-off, without a
 * limit, until the store is back. Replaying the already-stored part of the batch is harmless for the
 * reason above. Spring Kafka's per-record recovery ({@code BatchListenerFailedException}) is not used:
 * it would route transient and poison failures through the same bounded path.
 *
 * <p>Workers scale out as members of one consumer group (cooperative-sticky assignment, so a worker
 * joining or leaving moves only the partitions that change owner). A worker that is stopped finishes
 * its batch and commits what is pending before leaving (see {@code KafkaListenerConfig}); one that crashes
 * leaves up to a commit interval of stored batches uncommitted, which the next owner consumes again and
 * the unique {@code _id} absorbs.
 */
@Component
class DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

    private final MessageAssembler assembler;
    private final MessageStore store;
    private final DeadLetters deadLetters;
    private final DeliveryMetrics metrics;

    DeliveryListener(MessageAssembler assembler, MessageStore store, DeadLetters deadLetters, DeliveryMetrics metrics) {
        this.assembler = assembler;
        this.store = store;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @KafkaListener(
            id = "inbox-delivery",
            topics = "${inbox.kafka.topic}",
            groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    void deliver(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        try (var batchSize = MDC.putCloseable(MessageLog.BATCH_SIZE, String.valueOf(records.size()))) {
            deliverBatch(records, consumer);
        }
    }

    private void deliverBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        metrics.batch(records.size());
        // Keyed by messageId: a producer retry can put the same event twice into one batch.
        var messages = new LinkedHashMap<String, InboxMessage>();
        var failures = new ArrayList<FailedRecord>();
        for (ConsumerRecord<String, byte[]> record : records) {
            take(record, messages, failures);
        }
        try {
            var batch = List.copyOf(messages.values());
            var inserted = store.insertAll(batch);
            metrics.stored(inserted, batch.size());
            logStored(batch, inserted);
            deadLetters.fail(failures, consumer);
            log.info(
                    "Batch of {} record(s) done: {} stored, {} already stored, {} dead-lettered",
                    records.size(),
                    inserted.size(),
                    batch.size() - inserted.size(),
                    failures.size());
        } catch (RuntimeException e) {
            metrics.retried(e);
            log.warn("Batch of {} records not finished, it will be retried: {}", records.size(), e.toString());
            throw e;
        }
    }

    private void take(
            ConsumerRecord<String, byte[]> record, Map<String, InboxMessage> messages, List<FailedRecord> failures) {
        try (var context = MessageLog.open()) {
            try {
                var event = EventReader.read(record);
                context.identify(event);
                if (!messages.containsKey(event.messageId())) {
                    messages.put(event.messageId(), assembler.assemble(event));
                }
            } catch (DeliveryFailure failure) {
                if (failure.messageId() != null) {
                    context.identify(failure.messageId());
                }
                failures.add(new FailedRecord(
                        record, failure.code(), failure.getMessage(), failure.messageId(), context.keys()));
            }
        }
    }

    /**
     * A line per message, with its MDC; what was rendered (parameters, titles, contents) is never logged.
     * A stored message's line is DEBUG: at a backlog's pace (thousands a second) formatting and writing
     * it took a fifth of the consumer threads' CPU, and the batch line above counts them. A message that
     * was already stored is rare (a crash or rebalance) and worth its INFO line.
     */
    private static void logStored(List<InboxMessage> batch, List<InboxMessage> inserted) {
        boolean eachStored = log.isDebugEnabled();
        if (inserted.size() == batch.size() && !eachStored) {
            return;
        }
        var isNew = inserted.stream().map(InboxMessage::messageId).collect(Collectors.toSet());
        for (InboxMessage message : batch) {
            boolean stored = isNew.contains(message.messageId());
            if (stored && !eachStored) {
                continue;
            }
            try (var context = MessageLog.of(message)) {
                if (stored) {
                    log.debug(
                            "Message stored for user {}: template {}#{}, {} language(s)",
                            message.userId(),
                            message.templateCode(),
                            message.templateVersion(),
                            message.contents().size());
                } else {
                    log.info("Message was already stored (record consumed again): left unchanged");
                }
            }
        }
    }
}
