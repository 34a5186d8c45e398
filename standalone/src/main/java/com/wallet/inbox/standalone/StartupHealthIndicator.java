package com.wallet.inbox.standalone;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Out of service until the standalone has started the worker and seeded the demo data. The app's own
 * readiness turns UP as soon as its context has started, before either: a script that waits for
 * readiness and then sends the sample call would otherwise meet an unknown access token.
 */
final class StartupHealthIndicator implements HealthIndicator {

    /** The health component's name, as the readiness group includes it. */
    static final String NAME = "standaloneStart";

    private volatile boolean started;

    void markStarted() {
        started = true;
    }

    @Override
    public Health health() {
        return started ? Health.up().build() : Health.outOfService().build();
    }
}
