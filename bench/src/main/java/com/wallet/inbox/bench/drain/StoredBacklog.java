package com.wallet.inbox.bench.drain;

import com.wallet.inbox.bench.support.LatencySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The stored messages of a drain, and the worker's pace read from them. Three paces: from the first publish
 * to the last storage (the backlog's whole life, the publisher included), from the first to the last
 * storage, and the worker alone: from the moment the whole backlog was published (its transaction committed,
 * or the producer flushed) to the last storage, over the messages stored after it. With the transaction that
 * is every message; without it, the worker shares the machine with the publisher until then.
 */
final class StoredBacklog {

    private final Histogram publishToStoreMicros = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
    private final Set<String> distinct = new HashSet<>();
    private final Instant publishedAt;
    private long stored;
    private long storedAfterPublish;
    private Instant firstDelivered = Instant.MAX;
    private Instant lastDelivered = Instant.MIN;

    /** @param publishedAt when the whole backlog was published: its transaction committed, or the producer flushed */
    StoredBacklog(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    void add(String id, Instant accepted, Instant delivered) {
        stored++;
        distinct.add(id);
        long micros = Math.max(0, Duration.between(accepted, delivered).toNanos() / 1000);
        publishToStoreMicros.recordValue(Math.min(micros, publishToStoreMicros.getHighestTrackableValue()));
        firstDelivered = delivered.isBefore(firstDelivered) ? delivered : firstDelivered;
        lastDelivered = delivered.isAfter(lastDelivered) ? delivered : lastDelivered;
        if (delivered.isAfter(publishedAt)) {
            storedAfterPublish++;
        }
    }

    long stored() {
        return stored;
    }

    long distinct() {
        return distinct.size();
    }

    long storedAfterPublish() {
        return storedAfterPublish;
    }

    Map<String, Double> metrics(long published, Instant publishStart) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("drain.published", (double) published);
        metrics.put("drain.publishPerSec", published / seconds(publishStart, publishedAt));
        metrics.put("drain.stored", (double) stored);
        // From the first event published to the last one stored: the backlog's whole life.
        metrics.put("drain.messagesPerSec", stored == 0 ? 0 : stored / seconds(publishStart, lastDelivered));
        // Between the first and the last storage: the worker's pace, while sharing the machine with the publisher.
        metrics.put("drain.storePhasePerSec", stored < 2 ? 0 : stored / seconds(firstDelivered, lastDelivered));
        metrics.put("drain.storedAfterPublish", (double) storedAfterPublish);
        if (storedAfterPublish > 0) {
            // The worker alone on a backlog already in its topic; absent when the worker had kept up.
            metrics.put("drain.afterPublishPerSec", storedAfterPublish / seconds(publishedAt, lastDelivered));
            metrics.put("drain.afterPublishSeconds", seconds(publishedAt, lastDelivered));
        }
        metrics.putAll(LatencySummary.ofMicros(publishToStoreMicros).metrics("drain.publishToStore"));
        return metrics;
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0.001, Duration.between(from, to).toMillis() / 1000.0);
    }
}
