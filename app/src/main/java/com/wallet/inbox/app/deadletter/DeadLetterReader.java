package com.wallet.inbox.app.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the dead-letter topic up to its end offsets at the time of the call, within the configured
 * read timeout. The newest N overall are among the last N of each partition, so that is all it reads.
 */
@Component
class DeadLetterReader {

    /** Newest first; records in the same millisecond by partition and offset, descending. */
    static final Comparator<DeadLetter> NEWEST_FIRST = Comparator.comparing(DeadLetter::timestamp)
            .thenComparingInt(DeadLetter::partition)
            .thenComparingLong(DeadLetter::offset)
            .reversed();

    private final DeadLetterConsumers consumers;
    private final DeadLetterSettings settings;

    DeadLetterReader(DeadLetterConsumers consumers, DeadLetterSettings settings) {
        this.consumers = consumers;
        this.settings = settings;
    }

    record Newest(List<Stored> records, long available) {}

    record Stored(DeadLetter deadLetter, @Nullable String key, byte @Nullable [] value) {}

    Newest newest(DeadLetterLimit limit) {
        try (var consumer = consumers.open()) {
            List<TopicPartition> partitions = consumers.partitions(consumer, settings.readTimeout());
            if (partitions.isEmpty()) {
                return new Newest(List.of(), 0);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, settings.readTimeout());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, settings.readTimeout());
            long available = 0;
            for (TopicPartition p : partitions) {
                available += end.get(p) - begin.get(p);
                consumer.seek(p, Math.max(begin.get(p), end.get(p) - limit.value()));
            }
            List<Stored> records = readTo(consumer, end);
            records.sort(Comparator.comparing(Stored::deadLetter, NEWEST_FIRST));
            return new Newest(List.copyOf(records.subList(0, Math.min(limit.value(), records.size()))), available);
        }
    }

    Optional<Stored> find(int partition, long offset) {
        try (var consumer = consumers.open()) {
            TopicPartition wanted = consumers.partitions(consumer, settings.readTimeout()).stream()
                    .filter(p -> p.partition() == partition)
                    .findFirst()
                    .orElse(null);
            if (wanted == null || offset < 0) {
                return Optional.empty();
            }
            consumer.assign(List.of(wanted));
            long begin = consumer.beginningOffsets(List.of(wanted), settings.readTimeout())
                    .get(wanted);
            long end =
                    consumer.endOffsets(List.of(wanted), settings.readTimeout()).get(wanted);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(wanted, offset);
            // Up to offset + 1 only; a compacted-away offset is simply not among what is read.
            return readTo(consumer, Map.of(wanted, offset + 1)).stream()
                    .filter(r -> r.deadLetter().offset() == offset)
                    .findFirst();
        }
    }

    private List<Stored> readTo(Consumer<@Nullable String, byte @Nullable []> consumer, Map<TopicPartition, Long> end) {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        List<Stored> records = new ArrayList<>();
        Map<TopicPartition, Long> open = new HashMap<>(end);
        while (true) {
            open.entrySet().removeIf(e -> consumer.position(e.getKey(), settings.readTimeout()) >= e.getValue());
            consumer.pause(consumer.assignment().stream()
                    .filter(p -> !open.containsKey(p))
                    .toList());
            if (open.isEmpty()) {
                return records;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DeadLettersUnavailable("The dead-letter topic could not be read within "
                        + settings.readTimeout().toSeconds() + " s; retry later");
            }
            for (ConsumerRecord<@Nullable String, byte @Nullable []> r : consumer.poll(
                    Duration.ofNanos(Math.min(left, Duration.ofMillis(500).toNanos())))) {
                Long stop = end.get(new TopicPartition(r.topic(), r.partition()));
                if (stop != null && r.offset() < stop) {
                    records.add(new Stored(DeadLetter.of(r), r.key(), r.value()));
                }
            }
        }
    }
}
