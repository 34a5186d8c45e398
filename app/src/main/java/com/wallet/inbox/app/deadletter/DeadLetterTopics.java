package com.wallet.inbox.app.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The topics shared with the worker: dead letters are read from one and replayed to the other. */
@ConfigurationProperties("inbox.kafka")
record DeadLetterTopics(String topic, String deadLetterTopic) {}
