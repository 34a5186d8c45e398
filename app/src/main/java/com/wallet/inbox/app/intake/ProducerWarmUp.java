package com.wallet.inbox.app.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens the producer and fetches the topic's metadata once the app is up, so that the first merchant
 * call does not pay for the connection and the metadata round trip (measured: about a second of the
 * first message's acceptance-to-storage time on a fresh standalone). Kafka being down here is no error:
 * the first publish then answers U as usual.
 */
@Component
class ProducerWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ProducerWarmUp.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaSettings settings;

    ProducerWarmUp(KafkaTemplate<String, byte[]> kafka, KafkaSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void connect() {
        try {
            int partitions = kafka.partitionsFor(settings.topic()).size();
            log.info("Producer connected: topic {} has {} partitions", settings.topic(), partitions);
        } catch (RuntimeException e) {
            log.warn("Producer could not reach Kafka at startup; the first publish will retry: {}", e.toString());
        }
    }
}
