package com.wallet.inbox.worker.support;

import com.wallet.inbox.schemas.InboxSendEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain producer for the send topic and a reader of the dead-letter topic, as an outsider would use them. */
public final class TestKafka implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> deadLetterConsumer;
    private final List<ConsumerRecord<String, byte[]>> deadLetters = new CopyOnWriteArrayList<>();

    public TestKafka(String deadLetterTopic) {
        var servers = TestServices.kafkaBootstrapServers();
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer());
        deadLetterConsumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        servers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetterConsumer.subscribe(List.of(deadLetterTopic));
    }

    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("test record not published", e);
        }
    }

    /**
     * Publishes the events as the app does (key = userId) without waiting for each one, then waits until
     * the broker has them all.
     */
    public void sendAll(String topic, List<InboxSendEvent> events) {
        var sends = events.stream()
                .map(event -> producer.send(new ProducerRecord<>(topic, event.userId(), TestData.json(event))))
                .toList();
        producer.flush();
        for (var sent : sends) {
            try {
                sent.get();
            } catch (Exception e) {
                throw new IllegalStateException("test record not published", e);
            }
        }
    }

    /**
     * Publishes the events in one transaction of a producer of their own, then commits it or aborts it:
     * a backfill as a tool would publish it.
     */
    public void sendInTransaction(String topic, List<InboxSendEvent> events, boolean commit) {
        try (var transactional = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServices.kafkaBootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "it-backfill-" + UUID.randomUUID()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            transactional.initTransactions();
            transactional.beginTransaction();
            events.forEach(
                    event -> transactional.send(new ProducerRecord<>(topic, event.userId(), TestData.json(event))));
            if (commit) {
                transactional.commitTransaction();
            } else {
                transactional.flush();
                transactional.abortTransaction();
            }
        }
    }

    /** Polls once and returns every dead letter seen so far; call it inside an Awaitility condition. */
    public List<ConsumerRecord<String, byte[]>> deadLetters() {
        deadLetterConsumer.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() {
        producer.close();
        deadLetterConsumer.close();
    }
}
