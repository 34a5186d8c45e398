package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecretsTest {

    @Test
    void fallsBackToTheDevelopmentTokensWhenUnset() {
        Secrets secrets = Secrets.from(new MockEnvironment());

        assertThat(secrets.adminToken()).isEqualTo("dev-admin-token");
        assertThat(secrets.readerToken()).isEqualTo("dev-reader-token");
    }

    @Test
    void blankVariablesCountAsUnset() {
        Secrets secrets = Secrets.from(
                new MockEnvironment().withProperty("INBOX_ADMIN_TOKEN", " ").withProperty("INBOX_READER_TOKEN", ""));

        assertThat(secrets.adminToken()).isEqualTo("dev-admin-token");
        assertThat(secrets.readerToken()).isEqualTo("dev-reader-token");
    }

    @Test
    void usesTheEnvironmentVariables() {
        Secrets secrets = Secrets.from(
                new MockEnvironment().withProperty("INBOX_ADMIN_TOKEN", "a").withProperty("INBOX_READER_TOKEN", "r"));

        assertThat(secrets).isEqualTo(new Secrets("a", "r"));
    }

    @Test
    void anExplicitPropertyWinsOverTheVariable() {
        Secrets secrets = Secrets.from(new MockEnvironment()
                .withProperty("INBOX_ADMIN_TOKEN", "a")
                .withProperty("inbox.security.admin-token", "explicit"));

        assertThat(secrets.adminToken()).isEqualTo("explicit");
    }
}
