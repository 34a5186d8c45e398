package com.wallet.inbox.worker.template;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many template versions the worker keeps in memory (versions are immutable, so never stale). */
@ConfigurationProperties("inbox.template")
record TemplateSettings(int cacheSize) {

    TemplateSettings {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("inbox.template.cache-size must be positive");
        }
    }
}
