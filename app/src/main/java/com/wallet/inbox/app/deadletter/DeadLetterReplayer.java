package com.wallet.inbox.app.deadletter;

import com.wallet.inbox.app.deadletter.DeadLetterReader.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Sends dead letters back to the main topic: the original key (userId, so the user's partition and
 * order) and the original value bytes, without the dead-letter headers. The app's producer settings
 * apply (acks=all, idempotence) and a replay answers only once the broker has acknowledged it.
 *
 * <p>Replaying is safe to repeat. The event keeps its messageId and the worker stores by messageId
 * (a duplicate key is a no-op), so a replayed message is delivered once however often it is replayed;
 * once stored, the inquiry API answers DELIVERED even though the request was marked FAILED. A replay
 * whose cause is not fixed is dead-lettered again.
 */
@Component
class DeadLetterReplayer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final KafkaTemplate<@Nullable String, byte @Nullable []> kafka;
    private final DeadLetterTopics topics;
    private final DeadLetterSettings settings;

    DeadLetterReplayer(
            KafkaTemplate<@Nullable String, byte @Nullable []> kafka,
            DeadLetterTopics topics,
            DeadLetterSettings settings) {
        this.kafka = kafka;
        this.topics = topics;
        this.settings = settings;
    }

    record Replayed(DeadLetter deadLetter, String topic, int partition, long offset) {}

    /**
     * Sends all before waiting for any (one round trip, not one per record), in partition and offset
     * order so that one user's events go back in the order they failed in.
     */
    List<Replayed> replay(List<Stored> records) {
        List<Stored> ordered = new ArrayList<>(records);
        ordered.sort((a, b) -> a.deadLetter().partition() != b.deadLetter().partition()
                ? Integer.compare(a.deadLetter().partition(), b.deadLetter().partition())
                : Long.compare(a.deadLetter().offset(), b.deadLetter().offset()));
        List<CompletableFuture<SendResult<@Nullable String, byte @Nullable []>>> sends = new ArrayList<>();
        for (Stored record : ordered) {
            sends.add(kafka.send(topics.topic(), record.key(), record.value()));
        }
        List<Replayed> replayed = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            replayed.add(acknowledged(ordered.get(i).deadLetter(), sends.get(i), replayed.size(), sends.size()));
        }
        return replayed;
    }

    private Replayed acknowledged(
            DeadLetter deadLetter,
            CompletableFuture<SendResult<@Nullable String, byte @Nullable []>> send,
            int done,
            int total) {
        try {
            var metadata = send.get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .getRecordMetadata();
            log.info(
                    "Replayed dead letter {}-{} messageId={} as {}-{}@{}",
                    deadLetter.partition(),
                    deadLetter.offset(),
                    deadLetter.messageId(),
                    metadata.topic(),
                    metadata.partition(),
                    metadata.offset());
            return new Replayed(deadLetter, metadata.topic(), metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notAcknowledged(done, total, e);
        } catch (ExecutionException | TimeoutException e) {
            throw notAcknowledged(done, total, e);
        }
    }

    private static DeadLettersUnavailable notAcknowledged(int done, int total, Exception e) {
        return new DeadLettersUnavailable(
                "Kafka acknowledged " + done + " of " + total + " replays; replaying again is safe", e);
    }
}
