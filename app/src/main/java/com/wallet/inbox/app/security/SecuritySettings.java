package com.wallet.inbox.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The bearer tokens of the admin and read APIs, from INBOX_ADMIN_TOKEN and INBOX_READER_TOKEN. */
@ConfigurationProperties("inbox.security")
record SecuritySettings(String adminToken, String readerToken) {

    SecuritySettings {
        // An unset secret would otherwise leave an API open or silently unusable: refuse to start instead.
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException(
                    "INBOX_ADMIN_TOKEN is not set: set the environment variable INBOX_ADMIN_TOKEN (inbox.security.admin-token) to the admin API's bearer token");
        }
        if (readerToken == null || readerToken.isBlank()) {
            throw new IllegalArgumentException(
                    "INBOX_READER_TOKEN is not set: set the environment variable INBOX_READER_TOKEN (inbox.security.reader-token) to the read API's bearer token");
        }
    }
}
