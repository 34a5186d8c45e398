package com.wallet.inbox.app.access;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lookup caches of tokens, clients, users and templates: bounded and short-lived. Revocations made
 * through this instance's admin API evict at once; other instances see them within {@code ttl}.
 */
@ConfigurationProperties("inbox.cache")
public record CacheSettings(Duration ttl, long maxSize) {

    /**
     * A cache whose entries live {@code ttl} at most, and are reloaded in the background once half of it
     * has passed. Every call of a client shares its client entry and its template: when such an entry
     * simply expired, all of them waited on the one reload, a stall every {@code ttl} that showed in the
     * intake's tail latency. Now they keep the cached value while it is refreshed; the bound on staleness
     * is still {@code ttl}.
     */
    public <K, V> LoadingCache<K, V> build(CacheLoader<K, V> loader) {
        return build(loader, Ticker.systemTicker(), ForkJoinPool.commonPool());
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
