package com.wallet.inbox.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The {@code kafka} health indicator and its timeout, {@code inbox.health.kafka-timeout}. Imported by the
 * app and the worker (see the {@code platform} package for why an import rather than an auto-configuration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaHealthSettings.class)
public class PlatformKafkaHealthConfiguration {

    /**
     * Named "kafka": the name the readiness groups include. The admin client has the connection settings of
     * Boot's {@link KafkaAdmin} (bootstrap servers, security).
     */
    @Bean("kafka")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaHealthSettings settings) {
        return new KafkaHealthIndicator(Admin.create(kafkaAdmin.getConfigurationProperties()), settings.kafkaTimeout());
    }
}
