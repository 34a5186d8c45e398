package com.wallet.inbox.worker.deadletter;

import com.wallet.inbox.schemas.FailureCode;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * A record the worker will never deliver, and why. The messageId is null when the record could not even
 * be read far enough to know it. The log context is the MDC (messageId, requestId, authClientId, as far
 * as known) its dead-letter line is logged with.
 */
public record FailedRecord(
        ConsumerRecord<?, ?> record,
        FailureCode code,
        String reason,
        @Nullable String messageId,
        Map<String, String> logContext) {

    public FailedRecord {
        logContext = Map.copyOf(logContext);
    }
}
