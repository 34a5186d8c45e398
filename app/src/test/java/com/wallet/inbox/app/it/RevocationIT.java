package com.wallet.inbox.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lookups are cached; a change through the admin API takes effect on the very next call all the same. */
class RevocationIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";

    private Provisioning fixture;

    @BeforeEach
    void provisionAndWarmTheCaches() {
        fixture = new Provisioning(http);
        assertThat(http.post(SEND, fixture.sendInbox("warm-1")).resultCode()).isEqualTo("ACCEPT");
    }

    @Test
    void aRevokedTokenFailsRightAfterTheDelete() {
        assertThat(http.admin("DELETE", "/admin/v1/tokens/" + fixture.token, null)
                        .status())
                .isEqualTo(204);

        assertThat(http.post(SEND, fixture.sendInbox("after-revoke")).resultCode())
                .isEqualTo("INVALID_ACCESS_TOKEN");
        assertThat(http.post(SEND, fixture.sendInbox("warm-1")).resultCode()).isEqualTo("INVALID_ACCESS_TOKEN");
    }

    @Test
    void aDisabledClientFailsRightAway() {
        fixture.client(fixture.clientId, "DISABLED");

        assertThat(http.post(SEND, fixture.sendInbox("after-disable")).resultCode())
                .isEqualTo("INVALID_AUTH_CLIENT");
    }

    @Test
    void aLockedUserFailsRightAway() {
        fixture.user(fixture.userId, "LOCKED");

        assertThat(http.post(SEND, fixture.sendInbox("after-lock")).resultCode())
                .isEqualTo("USER_STATUS_ERROR");
    }

    @Test
    void aNewTemplateVersionIsUsedRightAway() {
        fixture.template(fixture.templateCode, null);

        String messageId = http.post(SEND, fixture.sendInbox("after-version"))
                .json()
                .path("messageId")
                .asString();

        assertThat(TopicRecords.forMessage(messageId))
                .singleElement()
                .satisfies(s -> assertThat(s.event().templateVersion()).isEqualTo(2));
    }
}
