package com.wallet.inbox.app.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sendInbox talks to the broker and how long it remembers requestIds.
 *
 * @param publishTimeout how long a send waits for the broker's acknowledgement before answering U; also
 *     how long a concurrent duplicate waits for the first attempt of its requestId to finish
 * @param requestRetention how long an {@code inbox_requests} record (and so a requestId's idempotency and
 *     its inquiry) is kept, applied by the TTL index {@code createdAt_ttl}: at least as long as the
 *     worker keeps the messages (365 days by default for both). The embedded MongoDB-wire store accepts
 *     the index but never expires documents.
 * @param dedupeWriters threads writing the request records of concurrent calls as groups (dedupe
 *     inserts and acceptance marks together; see {@link GroupedWrites}); each writes a whole group per
 *     round trip, and more writers split the waiting calls into smaller groups, so one is the default
 * @param dedupeMaxGroup the most writes one bulk write carries
 */
@ConfigurationProperties("inbox.intake")
record IntakeSettings(Duration publishTimeout, Duration requestRetention, int dedupeWriters, int dedupeMaxGroup) {

    IntakeSettings {
        if (requestRetention.toSeconds() < 1) {
            throw new IllegalArgumentException("inbox.intake.request-retention must be at least 1s");
        }
        if (dedupeWriters < 1 || dedupeMaxGroup < 1) {
            throw new IllegalArgumentException(
                    "inbox.intake.dedupe-writers and inbox.intake.dedupe-max-group must be at least 1");
        }
    }
}
