package com.wallet.inbox.app.ratelimit;

import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * One resilience4j rate limiter per client, never waiting: a call over the limit is refused with
 * REQUEST_TRAFFIC_EXCEED_LIMIT before anything is stored or sent. Limiters exist only for clients that
 * passed the token check, so their number is bounded by the provisioned clients.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
public class ClientRateLimits {

    private final RateLimitSettings settings;
    private final RateLimiterRegistry registry;

    ClientRateLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(settings.burst())
                .limitRefreshPeriod(settings.period())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    public void acquire(String authClientId) {
        if (settings.enabled() && !registry.rateLimiter(authClientId).acquirePermission()) {
            throw new Rejection(ResultCode.REQUEST_TRAFFIC_EXCEED_LIMIT);
        }
    }
}
