package com.wallet.inbox.app.intake;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeSettings.class, KafkaSettings.class})
class IntakeConfiguration {

    /** Replicas are left to the broker's default, so one definition fits a dev broker and a cluster. */
    @Bean
    NewTopic inboxSendTopic(KafkaSettings settings) {
        return TopicBuilder.name(settings.topic())
                .partitions(settings.partitions())
                .build();
    }
}
