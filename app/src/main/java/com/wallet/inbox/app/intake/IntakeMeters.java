package com.wallet.inbox.app.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The intake's own meters: {@code inbox.intake.publish} (send until acks=all, or failure) and
 * {@code inbox.intake.dedupe.hits} (a requestId seen before). Requests by API and resultCode are
 * counted where answers are rendered (package {@code ops}).
 */
@Component
class IntakeMeters {

    private final Timer published;
    private final Timer notPublished;
    private final Counter replays;
    private final Counter inconsistent;

    IntakeMeters(MeterRegistry registry) {
        this.published = publishTimer(registry, "acknowledged");
        this.notPublished = publishTimer(registry, "failed");
        this.replays = dedupeCounter(registry, "replay");
        this.inconsistent = dedupeCounter(registry, "inconsistent");
    }

    void published(Timer.Sample sample, boolean acknowledged) {
        sample.stop(acknowledged ? published : notPublished);
    }

    void replay() {
        replays.increment();
    }

    void inconsistent() {
        inconsistent.increment();
    }

    private static Timer publishTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("inbox.intake.publish")
                .description("Kafka send until the broker's acks=all acknowledgement")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    private static Counter dedupeCounter(MeterRegistry registry, String outcome) {
        return Counter.builder("inbox.intake.dedupe.hits")
                .description("Calls whose (authClientId, requestId) was already stored")
                .tag("outcome", outcome)
                .register(registry);
    }
}
