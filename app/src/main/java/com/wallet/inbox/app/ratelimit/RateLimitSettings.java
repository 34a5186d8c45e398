package com.wallet.inbox.app.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each client may make {@code burst} calls per {@code period}: a burst of that size at once, and on
 * average {@code burst / period}. Per instance: with N instances a client gets up to N times as much.
 */
@ConfigurationProperties("inbox.rate-limit")
record RateLimitSettings(boolean enabled, int burst, Duration period) {

    RateLimitSettings {
        if (burst < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("inbox.rate-limit.burst must be >= 1 and period positive");
        }
    }
}
