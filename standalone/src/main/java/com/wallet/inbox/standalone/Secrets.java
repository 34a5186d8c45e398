package com.wallet.inbox.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.PropertyResolver;

/**
 * The admin and reader bearer tokens. The app refuses to start without them; the standalone, made for
 * trying things out, falls back to well-known development tokens and says so loudly.
 */
record Secrets(String adminToken, String readerToken) {

    private static final Logger log = LoggerFactory.getLogger(Secrets.class);
    static final String DEV_ADMIN_TOKEN = "dev-admin-token";
    static final String DEV_READER_TOKEN = "dev-reader-token";

    static Secrets from(PropertyResolver environment) {
        return new Secrets(
                resolve(environment, "inbox.security.admin-token", "INBOX_ADMIN_TOKEN", DEV_ADMIN_TOKEN),
                resolve(environment, "inbox.security.reader-token", "INBOX_READER_TOKEN", DEV_READER_TOKEN));
    }

    private static String resolve(PropertyResolver environment, String property, String variable, String fallback) {
        String value = environment.getProperty(property, environment.getProperty(variable, ""));
        if (!value.isBlank()) {
            return value;
        }
        log.warn(
                "{} is not set: using the development token '{}'. Anyone who knows it can call that API; "
                        + "set {} before exposing this process beyond your machine.",
                variable,
                fallback,
                variable);
        return fallback;
    }
}
