package com.wallet.inbox.app.deadletter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Short-lived consumers of the dead-letter topic, one per admin call, built from the app's Kafka
 * connection settings (Boot's consumer factory, so its connection details and SSL apply). They assign
 * partitions themselves and never join a group or commit: listing leaves no trace on the cluster.
 */
@Component
class DeadLetterConsumers {

    private final Map<String, Object> config;
    private final DeadLetterTopics topics;

    DeadLetterConsumers(ConsumerFactory<?, ?> factory, DeadLetterTopics topics) {
        Map<String, Object> config = new HashMap<>(factory.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Reading must never create the topic, e.g. before the worker has declared it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.config = Map.copyOf(config);
        this.topics = topics;
    }

    Consumer<@Nullable String, byte @Nullable []> open() {
        Map<String, Object> config = new HashMap<>(this.config);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "inbox-app-dead-letters-" + UUID.randomUUID());
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Empty when the topic does not exist (yet): then there are no dead letters. */
    List<TopicPartition> partitions(Consumer<?, ?> consumer, Duration timeout) {
        var infos = consumer.partitionsFor(topics.deadLetterTopic(), timeout);
        return infos == null
                ? List.of()
                : infos.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
    }
}
