package com.wallet.inbox.app.deadletter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeadLetterSettings.class, DeadLetterTopics.class})
class DeadLetterConfiguration {}
