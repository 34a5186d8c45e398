package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.ResultCode;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the event keyed by userId (per-user order) and returns only once the broker has
 * acknowledged it with acks=all; anything else becomes U, and the request stays PENDING for a retry.
 */
@Component
class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaSettings kafkaSettings;
    private final IntakeSettings settings;
    private final IntakeMeters meters;

    EventPublisher(
            KafkaTemplate<String, byte[]> kafka,
            KafkaSettings kafkaSettings,
            IntakeSettings settings,
            IntakeMeters meters) {
        this.kafka = kafka;
        this.kafkaSettings = kafkaSettings;
        this.settings = settings;
        this.meters = meters;
    }

    void publish(InboxSendEvent event) {
        byte[] value = InboxJson.mapper().writeValueAsBytes(event);
        Timer.Sample sample = Timer.start();
        boolean acknowledged = false;
        try {
            kafka.send(kafkaSettings.topic(), event.userId(), value)
                    .get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            acknowledged = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(event, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw unavailable(event, e);
        } finally {
            meters.published(sample, acknowledged);
        }
    }

    private static Rejection unavailable(InboxSendEvent event, Exception e) {
        log.warn("Publishing message {} was not acknowledged: {}", event.messageId(), e.toString());
        return new Rejection(ResultCode.UNKNOWN_EXCEPTION);
    }
}
