package com.wallet.inbox.worker.config;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The listener container: batches, offsets committed only after the listener returned (the batch is
 * stored), and one error handler that retries a failed batch for as long as it takes.
 *
 * <p>Offsets are committed once per commit interval, not after every batch (AckMode TIME): at a steady
 * few hundred messages a second the batches are small, and a synchronous commit per batch took as much
 * of the consumer thread as the store's insert, plus the broker's group coordinator. Only offsets of
 * batches the listener returned from are ever committed, and the container commits what is pending when
 * partitions are revoked (a worker joining or leaving) and when it stops, so only a crash replays more:
 * up to one interval of records, each stored once by its {@code _id}. The poll timeout is the same
 * interval, so an idle consumer still commits its last batch within about two intervals.
 *
 * <p>Stopping the container (context close, SIGTERM) does not interrupt a batch: the container finishes
 * the records of the last poll, commits their offsets and only then leaves the group, so the next owner
 * of its partitions starts right after them. The shutdown timeout bounds that wait; the same value is
 * the Spring lifecycle's per-phase timeout (inbox-worker.properties), which is what a context close
 * actually waits for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
class KafkaListenerConfig {

    /**
     * Batches of up to max-poll-records, and fetches the broker holds until they have fetch-min-size of
     * records or waited fetch-max-wait. Kafka's defaults answer a fetch as soon as one record arrives, so
     * at a steady rate every produce request woke both consumers for a few records each, and each of those
     * small batches cost a poll, a listener call and a store round trip: the batching is what saves the
     * CPU (BENCHMARKS.md, session 13), and the wait is what it costs in delivery latency.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer deliveryConsumerTuning(DeliverySettings settings) {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
                        (int) settings.fetchMinSize().toBytes(),
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        (int) settings.fetchMaxWait().toMillis()));
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumerFactory,
            DeliverySettings settings) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.setConcurrency(settings.concurrency());
        factory.getContainerProperties().setAckMode(AckMode.TIME);
        factory.getContainerProperties().setAckTime(settings.commitInterval().toMillis());
        factory.getContainerProperties()
                .setPollTimeout(settings.commitInterval().toMillis());
        factory.getContainerProperties()
                .setShutdownTimeout(settings.shutdownTimeout().toMillis());
        return factory;
    }

    /**
     * Only transient failures reach this handler (poison records are dead-lettered by the listener), so
     * it retries without limit: giving up would skip records that were never stored. Every exception is
     * retryable for the same reason; a bug stalls the partition loudly rather than dropping messages.
     */
    @Bean
    CommonErrorHandler deliveryErrorHandler(DeliverySettings settings) {
        var backOff = new ExponentialBackOff(settings.initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackOff().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        var handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
