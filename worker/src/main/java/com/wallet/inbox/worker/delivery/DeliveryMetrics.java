package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.InboxMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The worker's own meters. Failures are counted by reason where they are dead-lettered
 * ({@code inbox.worker.messages.failed}); consumer lag comes from the Kafka client's metrics, which
 * Spring Boot binds to the registry for the auto-configured consumer factory
 * ({@code kafka.consumer.fetch.manager.records.lag[.max]}).
 */
@Component
class DeliveryMetrics {

    private final Clock clock;
    private final Timer latency;
    private final Counter delivered;
    private final Counter redelivered;
    private final DistributionSummary batchSize;
    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        // Up to ten minutes so that the tail of a store outage still lands in a bucket.
        this.latency = Timer.builder("inbox.worker.delivery.latency")
                .description("Time from the app accepting a message (acceptedAt) to the worker storing it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.delivered = Counter.builder("inbox.worker.messages.delivered")
                .description("Messages newly stored in inbox_messages")
                .register(registry);
        this.redelivered = Counter.builder("inbox.worker.messages.redelivered")
                .description("Messages consumed again that were already stored (a no-op)")
                .register(registry);
        this.batchSize = DistributionSummary.builder("inbox.worker.batch.size")
                .description("Records per consumed batch")
                .baseUnit("records")
                .register(registry);
    }

    void batch(int records) {
        batchSize.record(records);
    }

    /** Called right after the insert returned, so that the latency ends when the messages are stored. */
    void stored(List<InboxMessage> inserted, int attempted) {
        var now = clock.instant();
        for (InboxMessage message : inserted) {
            // A clock behind the app's would give a negative time, which the timer would drop: it
            // counts as instant delivery instead, so that the count still matches the delivered one.
            var elapsed = Duration.between(message.acceptedAt(), now);
            latency.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
        }
        delivered.increment(inserted.size());
        redelivered.increment(attempted - inserted.size());
    }

    void retried(Exception e) {
        Counter.builder("inbox.worker.batch.retries")
                .description("Batches that failed for a transient reason and will be retried")
                .tag("exception", e.getClass().getSimpleName())
                .register(registry)
                .increment();
    }
}
