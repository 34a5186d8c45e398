package com.wallet.inbox.app.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long sendInbox waits for the broker's acknowledgement before answering U. */
@ConfigurationProperties("inbox.intake")
record IntakeSettings(Duration publishTimeout) {}
