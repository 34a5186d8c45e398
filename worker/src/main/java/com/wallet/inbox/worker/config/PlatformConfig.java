package com.wallet.inbox.worker.config;

import com.wallet.inbox.platform.kafka.PlatformKafkaHealthConfiguration;
import com.wallet.inbox.platform.mongo.PlatformMongoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What the worker shares with the app: the database bean and client timeouts ({@code inbox.mongodb.*}),
 * and the {@code mongoPing} and {@code kafka} readiness indicators. Imported here, not auto-configured:
 * see the platform package.
 */
@Configuration(proxyBeanMethods = false)
@Import({PlatformMongoConfiguration.class, PlatformKafkaHealthConfiguration.class})
class PlatformConfig {}
