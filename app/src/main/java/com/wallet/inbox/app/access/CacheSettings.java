package com.wallet.inbox.app.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lookup caches of tokens, clients, users and templates: bounded and short-lived. Revocations made
 * through this instance's admin API evict at once; other instances see them within {@code ttl}.
 */
@ConfigurationProperties("inbox.cache")
public record CacheSettings(Duration ttl, long maxSize) {}
