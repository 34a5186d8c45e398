package com.wallet.inbox.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Projections;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * What the worker made of the accepted calls, read from Kafka and MongoDB: once the worker group has
 * committed every record of the topic, each accepted messageId is stored exactly once, under its requestId,
 * and nothing else is.
 */
public final class Delivery {

    private static final String TOPIC = "inbox.send.v1";
    private static final String DEAD_LETTER_TOPIC = "inbox.send.v1.dlt";
    private static final String WORKER_GROUP = "inbox-worker";
    // A safety net for draining a backlog of thousands on a slow machine, not a speed requirement.
    private static final Duration DRAIN = Duration.ofMinutes(3);

    private Delivery() {}

    /** {@code accepted} maps each requestId to the messageId its merchant was answered with. */
    public static void assertStoredExactlyOnce(
            String kafkaBootstrapServers, String mongoUri, Map<String, String> accepted) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers));
                MongoClient mongo = MongoClients.create(mongoUri)) {
            await().atMost(DRAIN).until(() -> lag(admin) == 0);
            List<Document> stored = mongo.getDatabase(InboxCollections.DATABASE)
                    .getCollection(InboxCollections.MESSAGES)
                    .find()
                    .projection(Projections.include("_id", "requestId"))
                    .into(new ArrayList<>());
            assertExactlyOnce(stored, accepted);
            assertThat(endOffsets(admin, DEAD_LETTER_TOPIC)).as("dead letters").isZero();
        }
    }

    private static void assertExactlyOnce(List<Document> stored, Map<String, String> accepted) {
        Set<String> storedIds = stored.stream().map(doc -> doc.getString("_id")).collect(Collectors.toSet());
        Set<String> acceptedIds = new HashSet<>(accepted.values());
        Map<String, Long> perRequestId = stored.stream()
                .collect(Collectors.groupingBy(doc -> doc.getString("requestId"), Collectors.counting()));
        assertThat(sorted(perRequestId.entrySet().stream()
                        .filter(entry -> entry.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList()))
                .as("requestIds stored more than once")
                .isEmpty();
        assertThat(sorted(difference(acceptedIds, storedIds)))
                .as("accepted messages not stored")
                .isEmpty();
        assertThat(sorted(difference(storedIds, acceptedIds)))
                .as("stored messages nobody was answered A for")
                .isEmpty();
        Map<String, String> storedPerRequestId = new HashMap<>();
        stored.forEach(doc -> storedPerRequestId.put(doc.getString("requestId"), doc.getString("_id")));
        assertThat(storedPerRequestId).as("messageId stored per requestId").isEqualTo(accepted);
    }

    /** Records of the topic the worker group has not committed yet. */
    private static long lag(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(WORKER_GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
        long committedOnTopic = committed.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(TOPIC) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset())
                .sum();
        return endOffsets(admin, TOPIC) - committedOnTopic;
    }

    private static long endOffsets(Admin admin, String topic) throws ExecutionException, InterruptedException {
        TopicDescription description =
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new HashSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static Set<String> sorted(Collection<String> values) {
        return new TreeSet<>(values);
    }
}
