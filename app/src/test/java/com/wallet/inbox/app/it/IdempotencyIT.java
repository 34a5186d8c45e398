package com.wallet.inbox.app.it;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.Provisioning;
import com.wallet.inbox.app.support.StoredMessages;
import com.wallet.inbox.app.support.TopicRecords;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CONTRACT.md invariants 2 and 4 under concurrency: one requestId, one messageId, one stored message. */
class IdempotencyIT extends IntegrationTestBase {

    private static final String SEND = "/v2/messages/sendInbox";
    private static final int CONCURRENT = 50;

    @Autowired
    private MongoDatabase database;

    private Provisioning fixture;

    @BeforeEach
    void provision() {
        fixture = new Provisioning(http);
    }

    @Test
    void fiftyIdenticalRequestsAtOnceYieldOneMessage() throws Exception {
        String body = fixture.sendInbox("burst-1");

        List<Http.Answer> answers = atOnce(i -> body);

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.resultCode()).as(a.raw().body()).isEqualTo("ACCEPT");
        });
        assertThat(answers.stream().map(a -> a.json().path("messageId").asString()))
                .containsOnly(messageIdOf(answers.get(0)));
        assertThat(answers.stream().filter(a -> a.header("Idempotency-Replay") == null))
                .hasSize(1);
        assertOneRecordOneRequestOneMessage("burst-1", messageIdOf(answers.get(0)));
    }

    @Test
    void concurrentRequestsWithMixedContentAcceptOneAndRefuseTheOthers() throws Exception {
        String ann = fixture.sendInbox(fixture.token, "burst-2", "Ann");
        String bob = fixture.sendInbox(fixture.token, "burst-2", "Bob");

        List<Http.Answer> answers = atOnce(i -> i % 2 == 0 ? ann : bob);

        List<Http.Answer> accepted =
                answers.stream().filter(a -> a.resultCode().equals("ACCEPT")).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(answers).allSatisfy(a -> assertThat(a.resultCode()).isIn("ACCEPT", "REPEAT_REQ_INCONSISTENT"));
        String messageId = messageIdOf(accepted.get(0));
        assertThat(accepted.stream().map(a -> a.json().path("messageId").asString()))
                .containsOnly(messageId);
        assertThat(answers.size() - accepted.size()).isEqualTo(CONCURRENT / 2);
        assertOneRecordOneRequestOneMessage("burst-2", messageId);
    }

    @Test
    void sameRequestIdWithOtherContentChangesNothing() {
        String messageId = messageIdOf(http.post(SEND, fixture.sendInbox("change-1")));
        // The answer does not wait for the record's ACCEPTED mark: compare from once it is written.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACCEPTED".equals(request("change-1").getString("status")));
        Document before = request("change-1");

        var reuse = http.post(SEND, fixture.sendInbox(fixture.token, "change-1", "someone else"));
        var other = http.post(SEND, fixture.sendInbox("change-1").replace("This is additional", "Other"));

        assertThat(reuse.resultCode()).isEqualTo("REPEAT_REQ_INCONSISTENT");
        assertThat(other.resultCode()).isEqualTo("REPEAT_REQ_INCONSISTENT");
        assertThat(reuse.json().has("messageId")).isFalse();
        assertThat(request("change-1")).isEqualTo(before);
        assertOneRecordOneRequestOneMessage("change-1", messageId);
        assertThat(messageIdOf(http.post(SEND, fixture.sendInbox("change-1")))).isEqualTo(messageId);
    }

    private List<Http.Answer> atOnce(IntFunction<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                String body = bodies.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.post(SEND, body);
                }));
            }
            start.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOneRecordOneRequestOneMessage(String requestId, String messageId) {
        List<TopicRecords.Sent> records = TopicRecords.all().stream()
                .filter(s -> s.event().authClientId().equals(fixture.clientId)
                        && s.event().requestId().equals(requestId))
                .toList();
        assertThat(records)
                .singleElement()
                .satisfies(s -> assertThat(s.event().messageId()).isEqualTo(messageId));
        assertThat(database.getCollection(InboxCollections.REQUESTS)
                        .countDocuments(and(eq("authClientId", fixture.clientId), eq("requestId", requestId))))
                .isEqualTo(1);
        StoredMessages stored = new StoredMessages(database);
        stored.storeAll(records);
        stored.storeAll(records);
        assertThat(stored.countFor(fixture.clientId, requestId)).isEqualTo(1);
    }

    private Document request(String requestId) {
        return database.getCollection(InboxCollections.REQUESTS)
                .find(and(eq("authClientId", fixture.clientId), eq("requestId", requestId)))
                .first();
    }

    private static String messageIdOf(Http.Answer answer) {
        assertThat(answer.resultCode()).as(answer.raw().body()).isEqualTo("ACCEPT");
        return answer.json().path("messageId").asString();
    }
}
