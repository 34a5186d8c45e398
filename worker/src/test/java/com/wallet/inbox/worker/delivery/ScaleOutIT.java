package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.worker.InboxWorkerApplication;
import com.wallet.inbox.worker.support.TestData;
import com.wallet.inbox.worker.support.TestKafka;
import com.wallet.inbox.worker.support.TestServices;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Two workers in one consumer group share a topic; one is stopped while a stream of events is still
 * being published. The other takes over its partitions, every event is stored exactly once, and since
 * the stopped worker committed the batch it had in hand before leaving, no record is consumed twice.
 */
class ScaleOutIT {

    private static final int PARTITIONS = 6;
    private static final int EVENTS = 3000;
    private static final int CHUNK = 100;
    // How far publishing may run ahead of storage: keeps the stream flowing while a worker leaves.
    private static final int BACKLOG = 500;

    @Test
    void everyEventIsStoredOnceWhenAWorkerLeavesMidStream() {
        var properties = TestServices.workerProperties(TestServices.mongoUri());
        properties.put("inbox.kafka.partitions", String.valueOf(PARTITIONS));
        var topic = properties.get("inbox.kafka.topic");
        var events = TestData.greetings(EVENTS, 300, "Ann");
        // Started side by side, as an orchestrator would start two replicas.
        var starting = CompletableFuture.supplyAsync(() -> start(properties));
        try (var leaving = start(properties);
                var staying = starting.join();
                var kafka = new TestKafka(topic + ".dlt")) {
            var database = staying.getBean(MongoDatabase.class);
            TestData.seedTemplate(database);
            var messages = database.getCollection(InboxCollections.MESSAGES);
            var meters = List.of(leaving.getBean(MeterRegistry.class), staying.getBean(MeterRegistry.class));
            assertCooperativeAndGraceful(leaving);
            // The group is stable: the second worker's arrival is over (two rounds, as rebalancing is
            // cooperative) and each worker owns a share.
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> assigned(leaving) > 0
                            && assigned(staying) > 0
                            && assigned(leaving) + assigned(staying) == PARTITIONS);

            var stream = CompletableFuture.runAsync(() -> publishInChunks(kafka, topic, events, messages));
            await().atMost(Duration.ofMinutes(1)).until(() -> messages.countDocuments() >= EVENTS / 3);
            leaving.close();
            assertThat(stream).as("the stream is still running").isNotDone();

            await().atMost(Duration.ofMinutes(1)).until(() -> assigned(staying) == PARTITIONS);
            stream.join();
            await().atMost(Duration.ofMinutes(1)).until(() -> messages.countDocuments() >= EVENTS);
            assertThat(storedIds(messages))
                    .containsExactlyInAnyOrderElementsOf(
                            events.stream().map(InboxSendEvent::messageId).toList());
            assertThat(meters)
                    .allSatisfy(registry -> assertThat(delivered(registry))
                            .as("both workers delivered")
                            .isPositive());
            assertThat(meters.stream().mapToDouble(ScaleOutIT::consumed).sum())
                    .as("records consumed by both workers together")
                    .isEqualTo(EVENTS);
            assertThat(kafka.deadLetters()).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        // As command-line arguments: they must win over the defaults of inbox-worker.properties.
        var args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(InboxWorkerApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }

    private static void assertCooperativeAndGraceful(ConfigurableApplicationContext worker) {
        assertThat(worker.getBean(ConsumerFactory.class)
                        .getConfigurationProperties()
                        .get(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG))
                .isEqualTo(CooperativeStickyAssignor.class.getName());
        assertThat(container(worker).getContainerProperties().getShutdownTimeout())
                .isEqualTo(Duration.ofSeconds(30).toMillis());
    }

    private static void publishInChunks(
            TestKafka kafka, String topic, List<InboxSendEvent> events, MongoCollection<Document> messages) {
        for (int from = 0; from < events.size(); from += CHUNK) {
            long published = from;
            await().atMost(Duration.ofMinutes(1)).until(() -> messages.countDocuments() >= published - BACKLOG);
            kafka.sendAll(topic, events.subList(from, Math.min(from + CHUNK, events.size())));
        }
    }

    private static int assigned(ConfigurableApplicationContext worker) {
        var partitions = container(worker).getAssignedPartitions();
        return partitions == null ? 0 : partitions.size();
    }

    private static MessageListenerContainer container(ConfigurableApplicationContext worker) {
        return worker.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("inbox-delivery");
    }

    private static List<String> storedIds(MongoCollection<Document> messages) {
        return messages.distinct("_id", String.class).into(new ArrayList<>());
    }

    private static double delivered(MeterRegistry registry) {
        return registry.get("inbox.worker.messages.delivered").counter().count();
    }

    private static double consumed(MeterRegistry registry) {
        return registry.get("inbox.worker.batch.size").summary().totalAmount();
    }
}
