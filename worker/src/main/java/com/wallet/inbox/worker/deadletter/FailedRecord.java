package com.wallet.inbox.worker.deadletter;

import com.wallet.inbox.schemas.FailureCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * A record the worker will never deliver, and why. The messageId is null when the record could not even
 * be read far enough to know it.
 */
public record FailedRecord(
        ConsumerRecord<?, ?> record,
        FailureCode code,
        String reason,
        @Nullable String messageId) {}
