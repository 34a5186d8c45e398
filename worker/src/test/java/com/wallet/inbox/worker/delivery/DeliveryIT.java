package com.wallet.inbox.worker.delivery;

import static com.mongodb.client.model.Filters.eq;
import static com.wallet.inbox.worker.support.TestData.event;
import static com.wallet.inbox.worker.support.TestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.InboxTopics;
import com.wallet.inbox.worker.InboxWorkerApplication;
import com.wallet.inbox.worker.support.TestData;
import com.wallet.inbox.worker.support.TestKafka;
import com.wallet.inbox.worker.support.TestServices;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole path: events on a real broker, rendered and stored in the MongoDB-wire store. */
@SpringBootTest(classes = InboxWorkerApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryIT {

    private static String topic;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        topic = TestServices.register(registry, TestServices.mongoUri());
    }

    @Autowired
    MongoDatabase database;

    @Autowired
    MeterRegistry meters;

    TestKafka kafka;

    @BeforeAll
    void seed() {
        // A safety net for a slow machine, not a speed requirement.
        Awaitility.setDefaultTimeout(Duration.ofMinutes(2));
        TestData.seedTemplate(database);
        kafka = new TestKafka(topic + ".dlt");
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void storesEveryRequestedLanguageWithFallbacks() {
        var event = event(
                user(),
                1,
                List.of(
                        new ContentTemplate("en-US", Map.of("who", "Ann & <Bob>", "extra", "ignored")),
                        new ContentTemplate("zh-TW", Map.of("who", "小明")),
                        new ContentTemplate("fr-FR", Map.of("who", "Zoé"))));

        send(event);

        var stored = awaitStored(event.messageId());
        assertThat(stored.getString("requestId")).isEqualTo(event.requestId());
        assertThat(stored.getString("userId")).isEqualTo(event.userId());
        assertThat(stored.get("templateVersion")).isEqualTo(1L);
        assertThat(stored.getString("extendInfo")).isEqualTo(event.extendInfo());
        assertThat(stored.getDate("acceptedAt").toInstant()).isEqualTo(TestData.ACCEPTED_AT);
        assertThat(stored.getDate("deliveredAt")).isNotNull();
        assertThat(stored.containsKey("readAt")).isFalse();
        var contents = stored.getList("contents", Document.class);
        assertThat(contents)
                .extracting(c -> c.getString("language") + "->" + c.getString("resolvedLanguage"))
                .containsExactly("en-US->en-US", "zh-TW->zh-CN", "fr-FR->en-US");
        assertThat(contents.get(0).getString("title")).isEqualTo("Hello Ann & <Bob>");
        assertThat(contents.get(0).getString("url")).isEqualTo("https://wallet.example/inbox?u=Ann & <Bob>");
        assertThat(contents.get(1).getString("content")).isEqualTo("小明，你的收件箱有一条新消息。");
        assertThat(contents.get(1).containsKey("url")).isFalse();
        assertThat(contents.get(2).getString("title")).isEqualTo("Hello Zoé");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var event = greeting(user());
        send(event);
        var first = awaitStored(event.messageId());
        var readAt = new Date();
        messages().updateOne(eq("_id", event.messageId()), Updates.set("readAt", readAt));
        var redelivered = counter("inbox.worker.messages.redelivered");

        send(event);
        var marker = greeting(event.userId()); // same key, same partition, so consumed after the duplicate
        send(marker);
        awaitStored(marker.messageId());

        assertThat(messages().countDocuments(eq("_id", event.messageId()))).isEqualTo(1);
        var after = messages().find(eq("_id", event.messageId())).first();
        assertThat(after.getDate("deliveredAt")).isEqualTo(first.getDate("deliveredAt"));
        assertThat(after.getDate("readAt")).isEqualTo(readAt);
        await().untilAsserted(() ->
                assertThat(counter("inbox.worker.messages.redelivered")).isGreaterThanOrEqualTo(redelivered + 1));
    }

    @Test
    void eventsOfACommittedTransactionAreDeliveredAndThoseOfAnAbortedOneNever() {
        var userId = user();
        var aborted = List.of(greeting(userId), greeting(userId));
        var committed = List.of(greeting(userId), greeting(userId));

        kafka.sendInTransaction(topic, aborted, false);
        kafka.sendInTransaction(topic, committed, true);

        // Same key, same partition: the committed events come after the aborted ones, so once they are
        // stored the worker has read past the aborted ones.
        committed.forEach(event -> awaitStored(event.messageId()));
        aborted.forEach(event -> assertThat(messages().countDocuments(eq("_id", event.messageId())))
                .as("aborted event %s", event.messageId())
                .isZero());
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheNextOneStillDelivered() {
        var userId = user();
        kafka.send(topic, userId, "not json at all".getBytes(StandardCharsets.UTF_8));
        var next = greeting(userId);
        send(next);

        awaitStored(next.messageId());
        var deadLetter = awaitDeadLetter(userId);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
        assertThat(header(deadLetter, InboxTopics.HEADER_FAILURE_CODE)).isEqualTo("EVENT_UNREADABLE");
        assertThat(header(deadLetter, InboxTopics.HEADER_FAILURE_MESSAGE)).contains("not JSON");
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(topic);
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION))
                .isNotNull();
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET))
                .isNotNull();
    }

    @Test
    void anEventWithAMissingFieldFailsItsRequest() {
        var event = greeting(user());
        TestData.seedRequest(database, event);
        kafka.send(topic, event.userId(), TestData.jsonWithout(event, "requestId"));

        awaitFailed(event, "EVENT_UNREADABLE", "requestId");
    }

    @Test
    void anUnknownTemplateVersionFailsTheRequestAndIsDeadLettered() {
        var event = event(user(), 99, List.of(new ContentTemplate("en-US", Map.of("who", "Ann"))));
        TestData.seedRequest(database, event);

        send(event);

        awaitFailed(event, "TEMPLATE_VERSION_NOT_FOUND", "TP_IT#99");
        assertThat(messages().countDocuments(eq("_id", event.messageId()))).isZero();
    }

    @Test
    void aMissingParameterFailsTheRequestNamingIt() {
        var event = event(user(), 1, List.of(new ContentTemplate("en-US", Map.of("name", "Ann"))));
        TestData.seedRequest(database, event);

        send(event);

        awaitFailed(event, "TEMPLATE_PARAMETER_MISSING", "who");
        assertThat(messages().countDocuments(eq("_id", event.messageId()))).isZero();
    }

    @Test
    void deliveriesAndFailuresMoveTheMeters() {
        var delivered = counter("inbox.worker.messages.delivered");
        var latencies = meters.get("inbox.worker.delivery.latency").timer().count();
        var batches = meters.get("inbox.worker.batch.size").summary().count();
        var missingParameter = failed("TEMPLATE_PARAMETER_MISSING");
        var events = IntStream.range(0, 5).mapToObj(i -> greeting(user())).toList();
        var poison = event(user(), 1, List.of(new ContentTemplate("en-US", Map.of("name", "Ann"))));

        events.forEach(this::send);
        send(poison);

        events.forEach(event -> awaitStored(event.messageId()));
        // Other tests of this class may still add to the same meters, hence at least.
        await().untilAsserted(() -> {
            assertThat(counter("inbox.worker.messages.delivered")).isGreaterThanOrEqualTo(delivered + 5);
            assertThat(meters.get("inbox.worker.delivery.latency").timer().count())
                    .isGreaterThanOrEqualTo(latencies + 5);
            assertThat(meters.get("inbox.worker.batch.size").summary().count()).isGreaterThan(batches);
            assertThat(failed("TEMPLATE_PARAMETER_MISSING")).isGreaterThanOrEqualTo(missingParameter + 1);
        });
        assertThat(failed("TEMPLATE_RENDER_FAILED"))
                .as("every reason is registered")
                .isNotNegative();
        // The Kafka client's own lag, bound by Spring Boot's MicrometerConsumerListener.
        assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").gauges())
                .isNotEmpty()
                .anySatisfy(lag -> assertThat(lag.value()).isNotNaN().isNotNegative());
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private double failed(String reason) {
        return meters.get("inbox.worker.messages.failed")
                .tag("reason", reason)
                .counter()
                .count();
    }

    private void awaitFailed(InboxSendEvent event, String code, String named) {
        var requests = database.getCollection(InboxCollections.REQUESTS);
        await().untilAsserted(() -> {
            var request = requests.find(eq("_id", event.messageId())).first();
            assertThat(request).isNotNull();
            assertThat(request.getString("status")).isEqualTo("FAILED");
            assertThat(request.getString("failureCode")).isEqualTo(code);
            assertThat(request.getString("failureMessage")).contains(named);
            assertThat(request.getDate("failedAt")).isNotNull();
        });
        var deadLetter = awaitDeadLetter(event.userId());
        assertThat(header(deadLetter, InboxTopics.HEADER_FAILURE_CODE)).isEqualTo(code);
        assertThat(header(deadLetter, InboxTopics.HEADER_FAILURE_MESSAGE)).contains(named);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().until(
                        () -> kafka.deadLetters().stream()
                                .filter(r -> key.equals(r.key()))
                                .toList(),
                        list -> !list.isEmpty())
                .get(0);
    }

    private Document awaitStored(String messageId) {
        return await().until(() -> messages().find(eq("_id", messageId)).first(), d -> d != null);
    }

    private void send(InboxSendEvent event) {
        kafka.send(topic, event.userId(), json(event));
    }

    private com.mongodb.client.MongoCollection<Document> messages() {
        return database.getCollection(InboxCollections.MESSAGES);
    }

    private static InboxSendEvent greeting(String userId) {
        return event(userId, 1, List.of(new ContentTemplate("en-US", Map.of("who", "Ann"))));
    }

    private static String user() {
        return "u-" + UUID.randomUUID();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
