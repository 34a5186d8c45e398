package com.wallet.inbox.worker.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The topic the worker consumes, its dead-letter topic, and their partition count (the same for both). */
@ConfigurationProperties("inbox.kafka")
public record KafkaTopicSettings(String topic, String deadLetterTopic, int partitions) {

    public KafkaTopicSettings {
        if (topic.isBlank() || deadLetterTopic.isBlank() || topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("inbox.kafka.topic and dead-letter-topic must be distinct names");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("inbox.kafka.partitions must be at least 1");
        }
    }
}
