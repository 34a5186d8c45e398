package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextsTest {

    @Test
    void handsTheAddressesAndSecretsToTheModulesUnderTheirOwnPropertyNames() {
        var properties = Contexts.connections(
                new ServiceAddresses("127.0.0.1:9092", "mongodb://127.0.0.1:27017/inbox", true),
                new Secrets("admin", "reader"));

        assertThat(properties)
                .containsEntry("spring.kafka.bootstrap-servers", "127.0.0.1:9092")
                .containsEntry("spring.mongodb.uri", "mongodb://127.0.0.1:27017/inbox")
                .containsEntry("inbox.security.admin-token", "admin")
                .containsEntry("inbox.security.reader-token", "reader");
    }

    @Test
    void anExternalMongoUriIsNotPrintedBecauseItMayHoldAPassword() {
        assertThat(new ServiceAddresses("k:1", "mongodb://user:secret@db/inbox", false).mongoHint())
                .doesNotContain("secret");
        assertThat(new ServiceAddresses("k:1", "mongodb://127.0.0.1:27017/inbox", true).mongoHint())
                .isEqualTo("mongodb://127.0.0.1:27017/inbox");
    }
}
