package com.wallet.inbox.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.SendInboxRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestSourceTest {

    private static final List<BenchUser> USERS =
            IntStream.range(0, 3).mapToObj(i -> BenchUser.of("run1", i)).toList();

    @Test
    void withoutRepeatsEveryRequestIdIsNew() {
        var source = new RequestSource("run1", USERS, "client", "TP_1", 0, 7);

        List<Outgoing> calls =
                IntStream.range(0, 100).mapToObj(i -> source.next()).toList();

        assertThat(calls).noneMatch(Outgoing::repeat);
        assertThat(calls).extracting(Outgoing::requestId).doesNotHaveDuplicates();
    }

    @Test
    void aRepeatCarriesExactlyTheSameBodyAsTheFirstCall() {
        var source = new RequestSource("run1", USERS, "client", "TP_1", 0.3, 7);
        Map<String, byte[]> firstBodies = new HashMap<>();

        int repeats = 0;
        for (int i = 0; i < 1000; i++) {
            Outgoing call = source.next();
            if (call.repeat()) {
                repeats++;
                assertThat(call.body()).isEqualTo(firstBodies.get(call.requestId()));
            } else {
                assertThat(firstBodies.put(call.requestId(), call.body())).isNull();
            }
        }
        assertThat(repeats).isBetween(200, 400);
    }

    @Test
    void bodiesAreSendInboxRequestsSpreadOverTheUsers() {
        var source = new RequestSource("run1", USERS, "client", "TP_1", 0, 7);

        List<SendInboxRequest> requests = IntStream.range(0, 3)
                .mapToObj(i -> InboxJson.mapper().readValue(source.next().body(), SendInboxRequest.class))
                .toList();

        assertThat(requests).extracting(SendInboxRequest::accessToken).doesNotHaveDuplicates();
        assertThat(requests.get(0).authClientId()).isEqualTo("client");
        assertThat(requests.get(0).templateCode()).isEqualTo("TP_1");
        assertThat(requests.get(0).templates()).singleElement().satisfies(template -> {
            assertThat(template.language()).isEqualTo("en-US");
            assertThat(template.templateParameters()).containsKey("who");
        });
    }

    @Test
    void preparedCallsAreTheOnesNextWouldHaveBuiltInTheSameOrder() {
        var lazy = new RequestSource("run1", USERS, "client", "TP_1", 0.3, 7);
        var prepared = new RequestSource("run1", USERS, "client", "TP_1", 0.3, 7);
        // Some calls drawn before the preparation, as a warm-up draws them, and some after what was prepared.
        List<Outgoing> expected =
                IntStream.range(0, 500).mapToObj(i -> lazy.next()).toList();
        List<Outgoing> actual = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actual.add(prepared.next());
        }
        prepared.prepare(250);
        for (int i = 0; i < 400; i++) {
            actual.add(prepared.next());
        }

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).requestId()).isEqualTo(expected.get(i).requestId());
            assertThat(actual.get(i).repeat()).isEqualTo(expected.get(i).repeat());
            assertThat(actual.get(i).body()).isEqualTo(expected.get(i).body());
        }
    }
}
