package com.wallet.inbox.worker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.util.unit.DataSize;

/** The delivery settings reach the consumers as Kafka's own configuration, in Kafka's units. */
class KafkaListenerConfigTest {

    @Test
    void theConsumersGetTheBatchAndFetchSettings() {
        var settings = new DeliverySettings(
                2,
                750,
                DataSize.ofKilobytes(48),
                Duration.ofMillis(80),
                Duration.ofSeconds(1),
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30));
        var factory = new DefaultKafkaConsumerFactory<Object, Object>(new HashMap<>());

        new KafkaListenerConfig().deliveryConsumerTuning(settings).customize(factory);

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 750)
                .containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 48 * 1024)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 80);
    }
}
