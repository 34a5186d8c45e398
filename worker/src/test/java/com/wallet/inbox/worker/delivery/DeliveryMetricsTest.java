package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.RenderedContent;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeliveryMetricsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeliveryMetrics metrics = new DeliveryMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void latencyRunsFromAcceptanceToTheMomentTheInsertReturned() {
        metrics.stored(List.of(message(NOW.minusMillis(250)), message(NOW.minusSeconds(2))), 2);

        var latency = registry.get("inbox.worker.delivery.latency").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2250);
        assertThat(latency.max(TimeUnit.MILLISECONDS)).isEqualTo(2000);
    }

    @Test
    void latencyIsPublishedAsAPercentileHistogramUpToTenMinutes() {
        // What a registry that publishes histograms (Prometheus, OTLP) is told for this timer.
        var configured = new AtomicReference<DistributionStatisticConfig>();
        var registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("inbox.worker.delivery.latency")) {
                    configured.set(config);
                }
                return config;
            }
        });

        new DeliveryMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(configured.get().isPercentileHistogram()).isTrue();
        assertThat(configured.get().getMaximumExpectedValueAsDouble())
                .isEqualTo((double) Duration.ofMinutes(10).toNanos());
    }

    @Test
    void onlyNewMessagesCountAsDelivered() {
        metrics.stored(List.of(message(NOW.minusMillis(5))), 3);

        assertThat(registry.get("inbox.worker.messages.delivered").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("inbox.worker.messages.redelivered").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("inbox.worker.delivery.latency").timer().count())
                .isEqualTo(1);
    }

    @Test
    void anAcceptanceAfterTheWorkersClockCountsAsImmediate() {
        metrics.stored(List.of(message(NOW.plusSeconds(3))), 1);

        var latency = registry.get("inbox.worker.delivery.latency").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.NANOSECONDS)).isZero();
    }

    @Test
    void batchSizesAndRetriesByExceptionAreCounted() {
        metrics.batch(50);
        metrics.batch(7);
        metrics.retried(new MongoTimeoutException("store down"));

        var sizes = registry.get("inbox.worker.batch.size").summary();
        assertThat(sizes.count()).isEqualTo(2);
        assertThat(sizes.totalAmount()).isEqualTo(57);
        assertThat(registry.get("inbox.worker.batch.retries")
                        .tag("exception", "MongoTimeoutException")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    private static InboxMessage message(Instant acceptedAt) {
        return new InboxMessage(
                "m-" + acceptedAt.toEpochMilli(),
                "r-1",
                "c-1",
                "u-1",
                "TP_1",
                1,
                List.of(new RenderedContent("en-US", "en-US", "t", "c", null)),
                null,
                acceptedAt,
                NOW,
                null);
    }
}
