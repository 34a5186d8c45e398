package com.wallet.inbox.app.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sendInbox talks to the broker and how long it remembers requestIds.
 *
 * @param publishTimeout how long a send waits for the broker's acknowledgement before answering U; also
 *     how long a concurrent duplicate waits for the first attempt of its requestId to finish
 * @param requestRetention how long an {@code inbox_requests} record (and so a requestId's idempotency) is
 *     kept: as long as the messages, 365 days by default. Not enforced yet: the TTL index on
 *     {@code createdAt} that will apply it is later work (the embedded test store accepts TTL indexes but
 *     never expires documents, so until then records are kept for ever, which is the safe side).
 */
@ConfigurationProperties("inbox.intake")
record IntakeSettings(Duration publishTimeout, Duration requestRetention) {}
