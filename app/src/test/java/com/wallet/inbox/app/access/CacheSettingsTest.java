package com.wallet.inbox.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lookup caches: a hot entry is refreshed behind the callers' backs, and nothing outlives the ttl. */
class CacheSettingsTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<Runnable> pendingRefreshes = new ArrayList<>();
    private final Executor refreshes = pendingRefreshes::add;

    private final LoadingCache<String, String> cache =
            new CacheSettings(TTL, 100).build(key -> key + "-v" + loads.incrementAndGet(), nanos::get, refreshes);

    @Test
    void pastHalfItsLifeAnEntryIsStillServedWhileItIsReloadedInTheBackground() {
        assertThat(cache.get("client")).isEqualTo("client-v1");
        advance(TTL.dividedBy(2).plusMillis(1));

        assertThat(cache.get("client")).as("served without waiting").isEqualTo("client-v1");
        assertThat(loads).as("nothing loaded in the caller's thread").hasValue(1);

        runBackgroundWork();
        assertThat(cache.get("client")).isEqualTo("client-v2");
    }

    @Test
    void anEntryNotReloadedWithinTheTtlIsNeverServed() {
        assertThat(cache.get("client")).isEqualTo("client-v1");
        advance(TTL.plusMillis(1));

        assertThat(cache.get("client")).as("loaded again before answering").isEqualTo("client-v2");
    }

    @Test
    void withinTheFirstHalfOfItsLifeAnEntryIsNotReloaded() {
        cache.get("client");
        advance(TTL.dividedBy(2).minusMillis(1));

        assertThat(cache.get("client")).isEqualTo("client-v1");
        runBackgroundWork();
        assertThat(loads).hasValue(1);
    }

    /** The cache's background tasks (reloads, and its own housekeeping), run here in the test's thread. */
    private void runBackgroundWork() {
        while (!pendingRefreshes.isEmpty()) {
            pendingRefreshes.remove(0).run();
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
