package com.wallet.inbox.worker.deadletter;

import com.wallet.inbox.schemas.FailureCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Gives up on records for good: each goes to the dead-letter topic (synchronously), then its request is
 * marked FAILED. Both steps are idempotent enough to repeat when the batch is retried: the request gets
 * the same status again, and ops may see a dead letter twice, never zero times.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final RequestFailures requests;
    private final Map<FailureCode, Counter> failed = new EnumMap<>(FailureCode.class);

    DeadLetters(DeadLetterPublishingRecoverer recoverer, RequestFailures requests, MeterRegistry meters) {
        this.recoverer = recoverer;
        this.requests = requests;
        // Registered up front: an alert on the rate of a reason needs its series before the first failure.
        for (FailureCode code : FailureCode.values()) {
            failed.put(
                    code,
                    Counter.builder("inbox.worker.messages.failed")
                            .description("Messages given up for good: dead-lettered and their request FAILED")
                            .tag("reason", code.name())
                            .register(meters));
        }
    }

    /** Throws when the dead-letter topic or the store cannot be written: the caller retries. */
    public void fail(List<FailedRecord> failures, @Nullable Consumer<?, ?> consumer) {
        for (FailedRecord failure : failures) {
            failure.logContext().forEach(MDC::put);
            try {
                fail(failure, consumer);
            } finally {
                failure.logContext().keySet().forEach(MDC::remove);
            }
        }
    }

    private void fail(FailedRecord failure, @Nullable Consumer<?, ?> consumer) {
        var record = failure.record();
        // The reason names a field, placeholder or limit, never a value (see EventReader, MessageRenderer).
        log.warn(
                "Dead-lettering {}-{}@{} messageId={}: {} {}",
                record.topic(),
                record.partition(),
                record.offset(),
                failure.messageId(),
                failure.code(),
                failure.reason());
        recoverer.accept(record, consumer, new DeadLetterCause(failure.code(), failure.reason()));
        if (failure.messageId() != null) {
            requests.markFailed(failure.messageId(), failure.code(), failure.reason());
        }
        failed.get(failure.code()).increment();
    }
}
