package com.wallet.inbox.app.deadletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an admin call may spend reading the dead-letter topic, and waiting for the broker to
 * acknowledge a replay, before it answers 503.
 */
@ConfigurationProperties("inbox.dead-letters")
record DeadLetterSettings(Duration readTimeout, Duration publishTimeout) {}
