package com.wallet.inbox.app.support;

import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.InboxTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything on the topic up to its current end. An acknowledged send is below the end offsets, so
 * reading to them sees every record acknowledged before the call, with no waiting on time.
 */
public final class TopicRecords {

    private TopicRecords() {}

    public record Sent(String key, InboxSendEvent event) {}

    public static List<Sent> forMessage(String messageId) {
        return all().stream()
                .filter(s -> s.event().messageId().equals(messageId))
                .toList();
    }

    public static List<Sent> all() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestServices.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(InboxTopics.SEND).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Sent> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new Sent(r.key(), InboxJson.mapper().readValue(r.value(), InboxSendEvent.class)));
                }
            }
            return records;
        }
    }
}
