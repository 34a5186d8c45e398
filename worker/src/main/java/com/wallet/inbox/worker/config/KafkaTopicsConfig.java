package com.wallet.inbox.worker.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares both topics; the dead-letter topic has as many partitions as the source because a dead letter
 * goes to the partition its record came from.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicSettings.class)
class KafkaTopicsConfig {

    @Bean
    NewTopic inboxSendTopic(KafkaTopicSettings settings) {
        return TopicBuilder.name(settings.topic())
                .partitions(settings.partitions())
                .build();
    }

    @Bean
    NewTopic inboxDeadLetterTopic(KafkaTopicSettings settings) {
        return TopicBuilder.name(settings.deadLetterTopic())
                .partitions(settings.partitions())
                .build();
    }
}
