package com.wallet.inbox.worker.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Delivered messages and batch sizes; failures are counted by reason where they are dead-lettered. */
@Component
class DeliveryMetrics {

    private final Counter delivered;
    private final DistributionSummary batchSize;

    DeliveryMetrics(MeterRegistry registry) {
        this.delivered = Counter.builder("inbox.worker.messages.delivered")
                .description("Messages newly stored in inbox_messages")
                .register(registry);
        this.batchSize = DistributionSummary.builder("inbox.worker.batch.size")
                .description("Records per consumed batch")
                .baseUnit("records")
                .register(registry);
    }

    void batch(int records) {
        batchSize.record(records);
    }

    void delivered(int messages) {
        delivered.increment(messages);
    }
}
