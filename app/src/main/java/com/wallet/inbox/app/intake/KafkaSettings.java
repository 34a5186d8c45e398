package com.wallet.inbox.app.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The topic sendInbox publishes to (shared names with the worker; see the team's runtime conventions). */
@ConfigurationProperties("inbox.kafka")
record KafkaSettings(String topic, String deadLetterTopic, int partitions) {}
