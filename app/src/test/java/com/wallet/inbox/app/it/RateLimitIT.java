package com.wallet.inbox.app.it;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.TopicRecords;
import com.wallet.inbox.schemas.InboxCollections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A tiny limit, in a context of its own: the call over it is refused and leaves nothing behind. */
@TestPropertySource(properties = {"inbox.rate-limit.burst=3", "inbox.rate-limit.period=1h"})
class RateLimitIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";

    @Autowired
    private MongoDatabase database;

    @Test
    void overTheLimitIsRefusedAndNothingIsStoredOrSent() {
        Provisioning fixture = new Provisioning(http);
        for (int i = 1; i <= 3; i++) {
            assertThat(http.post(SEND, fixture.sendInbox("limit-" + i)).resultCode())
                    .isEqualTo("ACCEPT");
        }

        var over = http.post(SEND, fixture.sendInbox("limit-4"));

        assertThat(over.status()).isEqualTo(200);
        assertThat(over.resultStatus()).isEqualTo("F");
        assertThat(over.resultCode()).isEqualTo("REQUEST_TRAFFIC_EXCEED_LIMIT");
        assertThat(database.getCollection(InboxCollections.REQUESTS)
                        .countDocuments(and(eq("authClientId", fixture.clientId), eq("requestId", "limit-4"))))
                .isZero();
        assertThat(TopicRecords.all())
                .noneMatch(s -> s.event().authClientId().equals(fixture.clientId)
                        && s.event().requestId().equals("limit-4"));

        Provisioning otherClient = new Provisioning(http);
        assertThat(http.post(SEND, otherClient.sendInbox("limit-1")).resultCode())
                .isEqualTo("ACCEPT");
    }
}
