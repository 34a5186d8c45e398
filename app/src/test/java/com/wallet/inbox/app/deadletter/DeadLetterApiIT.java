package com.wallet.inbox.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.TestServices;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxTopics;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import tools.jackson.databind.JsonNode;

/** The dead-letter admin API against a real broker, with dead letters written as the worker writes them. */
class DeadLetterApiIT extends IntegrationTestBase {

    private static final String DLT = InboxTopics.SEND_DEAD_LETTERS;

    record Written(String key, byte[] value, String messageId, RecordMetadata at) {}

    @BeforeAll
    static void deadLetterTopic() throws Exception {
        KafkaTopics.create(DLT, 12);
    }

    @Test
    void needsTheAdminToken() {
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/admin/v1/dead-letters"))
                .GET());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("error").asString()).isEqualTo("UNAUTHORIZED");

        var reader = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/admin/v1/dead-letters/replay"))
                .header("Authorization", "Bearer it-reader-token")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reader.status()).isEqualTo(403);
    }

    @Test
    void listsDeadLettersNewestFirstWithTheirReasons() throws Exception {
        Written first = deadLetter(2, FailureCode.TEMPLATE_PARAMETER_MISSING, "missing: who", 17);
        Written second = deadLetter(5, FailureCode.TEMPLATE_VERSION_NOT_FOUND, "no version 1", 18);

        var listing = http.admin("GET", "/admin/v1/dead-letters?limit=500", null);

        assertThat(listing.status()).isEqualTo(200);
        JsonNode items = listing.json().path("deadLetters");
        assertThat(listing.json().path("available").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode item = find(items, first);
        assertThat(item.path("key").asString()).isEqualTo(first.key());
        assertThat(item.path("messageId").asString()).isEqualTo(first.messageId());
        assertThat(item.path("requestId").asString()).isEqualTo("req-" + first.messageId());
        assertThat(item.path("authClientId").asString()).isEqualTo("client-dlt");
        assertThat(item.path("failureCode").asString()).isEqualTo("TEMPLATE_PARAMETER_MISSING");
        assertThat(item.path("failureMessage").asString()).isEqualTo("missing: who");
        assertThat(item.path("originalTopic").asString()).isEqualTo(InboxTopics.SEND);
        assertThat(item.path("originalPartition").asInt()).isEqualTo(2);
        assertThat(item.path("originalOffset").asLong()).isEqualTo(17);
        assertThat(item.path("timestamp").asString()).isNotBlank();
        assertThat(find(items, second).path("failureCode").asString()).isEqualTo("TEMPLATE_VERSION_NOT_FOUND");
        List<String> timestamps = new ArrayList<>();
        items.forEach(i -> timestamps.add(i.path("timestamp").asString()));
        assertThat(timestamps.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());

        var one = http.admin("GET", "/admin/v1/dead-letters?limit=1", null);
        assertThat(one.json().path("deadLetters")).hasSize(1);
        assertThat(one.json().path("deadLetters").get(0).path("timestamp").asString())
                .isEqualTo(timestamps.get(0));
    }

    @Test
    void replaysOneToTheMainTopicOncePerCall() throws Exception {
        Written letter = deadLetter(3, FailureCode.TEMPLATE_VERSION_NOT_FOUND, "no version 1", 5);
        assertThat(KafkaTopics.count(InboxTopics.SEND, letter.key(), letter.value()))
                .isZero();

        var replayed = http.admin(
                "POST", replayPath(letter.at().partition(), letter.at().offset()), null);

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().path("deadLetter").path("messageId").asString())
                .isEqualTo(letter.messageId());
        assertThat(replayed.json().path("topic").asString()).isEqualTo(InboxTopics.SEND);
        assertThat(KafkaTopics.count(InboxTopics.SEND, letter.key(), letter.value()))
                .isEqualTo(1);

        // Repeating is safe: one more identical record, which the worker stores as a no-op duplicate.
        assertThat(http.admin(
                                "POST",
                                replayPath(letter.at().partition(), letter.at().offset()),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(KafkaTopics.count(InboxTopics.SEND, letter.key(), letter.value()))
                .isEqualTo(2);
    }

    @Test
    void replaysAllAnsweringTheCount() throws Exception {
        Written a = deadLetter(0, FailureCode.TEMPLATE_VERSION_NOT_FOUND, "no version 1", 1);
        Written b = deadLetter(7, FailureCode.TEMPLATE_VERSION_NOT_FOUND, "no version 1", 2);

        var replayed = http.admin("POST", "/admin/v1/dead-letters/replay", null);

        assertThat(replayed.status()).isEqualTo(200);
        long available = replayed.json().path("available").asLong();
        assertThat(replayed.json().path("replayed").asInt())
                .isEqualTo((int) Math.min(available, 500))
                .isGreaterThanOrEqualTo(2);
        assertThat(replayed.json().path("records"))
                .hasSize(replayed.json().path("replayed").asInt());
        assertThat(KafkaTopics.count(InboxTopics.SEND, a.key(), a.value())).isEqualTo(1);
        assertThat(KafkaTopics.count(InboxTopics.SEND, b.key(), b.value())).isEqualTo(1);
    }

    @Test
    void answers404ForNoSuchDeadLetter() {
        for (String path : List.of(replayPath(0, 999_999_999L), replayPath(999, 0), replayPath(0, -1))) {
            var missing = http.admin("POST", path, null);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.json().path("error").asString()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void answers400ForBadParameters() {
        for (String path : List.of(
                "/admin/v1/dead-letters?limit=0",
                "/admin/v1/dead-letters?limit=501",
                "/admin/v1/dead-letters?limit=many")) {
            var bad = http.admin("GET", path, null);
            assertThat(bad.status()).as(path).isEqualTo(400);
            assertThat(bad.json().path("parameter").asString()).isEqualTo("limit");
        }
        assertThat(http.admin("POST", "/admin/v1/dead-letters/replay?limit=501", null)
                        .status())
                .isEqualTo(400);
        var offset = http.admin("POST", "/admin/v1/dead-letters/0/x/replay", null);
        assertThat(offset.status()).isEqualTo(400);
        assertThat(offset.json().path("parameter").asString()).isEqualTo("offset");
    }

    @Test
    void findsNoDeadLettersWhileTheTopicDoesNotExist() {
        var consumers = new DeadLetterConsumers(
                new DefaultKafkaConsumerFactory<>(
                        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.bootstrapServers())),
                new DeadLetterTopics(InboxTopics.SEND, "no-such-topic-" + UUID.randomUUID()));
        var reader =
                new DeadLetterReader(consumers, new DeadLetterSettings(Duration.ofSeconds(10), Duration.ofSeconds(10)));

        assertThat(reader.newest(new DeadLetterLimit(10)).records()).isEmpty();
        assertThat(reader.find(0, 0)).isEmpty();
    }

    private Written deadLetter(int partition, FailureCode code, String reason, long originalOffset) throws Exception {
        String messageId = "m-dlt-" + UUID.randomUUID();
        String userId = "u-dlt-" + UUID.randomUUID();
        byte[] value = DeadLetterRecords.json(DeadLetterRecords.event(messageId, userId));
        RecordMetadata at = KafkaTopics.write(
                DLT, partition, userId, value, DeadLetterRecords.headers(code, reason, partition, originalOffset));
        return new Written(userId, value, messageId, at);
    }

    private static JsonNode find(JsonNode items, Written written) {
        for (JsonNode item : items) {
            if (item.path("partition").asInt() == written.at().partition()
                    && item.path("offset").asLong() == written.at().offset()) {
                return item;
            }
        }
        throw new AssertionError("Not listed: " + written.messageId() + " in " + items);
    }

    private static String replayPath(int partition, long offset) {
        return "/admin/v1/dead-letters/" + partition + "/" + offset + "/replay";
    }
}
