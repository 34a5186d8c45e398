package com.wallet.inbox.app.access;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lookup caches of tokens, clients, users and templates: bounded and short-lived. Revocations made
 * through this instance's admin API evict at once; other instances see them within {@code ttl}.
 */
@ConfigurationProperties("inbox.cache")
public record CacheSettings(Duration ttl, long maxSize) {

    /**
     * One daemon thread runs every background reload. Caffeine's default, the common fork-join pool, has a
     * parallelism of one on a two-core machine, and {@code CompletableFuture} then starts a new thread for
     * every task: a profile of the intake showed 57 threads started per second for refreshes alone. Caffeine
     * never queues two reloads of one key, so the queue is bounded by the number of cached entries.
     */
    private static final ExecutorService REFRESHES = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "inbox-cache-refresh");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A cache whose entries live {@code ttl} at most, and are reloaded in the background once half of it
     * has passed. Every call of a client shares its client entry and its template: when such an entry
     * simply expired, all of them waited on the one reload, a stall every {@code ttl} that showed in the
     * intake's tail latency. Now they keep the cached value while it is refreshed; the bound on staleness
     * is still {@code ttl}.
     */
    public <K, V> LoadingCache<K, V> build(CacheLoader<K, V> loader) {
        return build(loader, Ticker.systemTicker(), REFRESHES);
    }

    <K, V> LoadingCache<K, V> build(CacheLoader<K, V> loader, Ticker ticker, Executor refreshes) {
        return Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfterWrite(ttl)
                .refreshAfterWrite(ttl.dividedBy(2))
                .ticker(ticker)
                .executor(refreshes)
                .build(loader);
    }
}
