package com.wallet.inbox.worker.deadletter;

import com.wallet.inbox.schemas.InboxTopics;
import com.wallet.inbox.worker.config.KafkaTopicSettings;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;

/**
 * Spring Kafka's recoverer publishes the original key, value and headers plus the standard
 * {@code kafka_dlt-original-topic/partition/offset/consumer-group} headers; it waits for the broker's
 * acknowledgement and throws when the publish fails, which makes the batch retry.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    @Bean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<?, ?> template, KafkaTopicSettings topics) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(topics.deadLetterTopic(), record.partition()));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.excludeHeader(HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, e) -> failureHeaders(e));
        return recoverer;
    }

    private static RecordHeaders failureHeaders(Exception e) {
        var headers = new RecordHeaders();
        if (e instanceof DeadLetterCause cause) {
            headers.add(InboxTopics.HEADER_FAILURE_CODE, utf8(cause.code().name()));
            headers.add(InboxTopics.HEADER_FAILURE_MESSAGE, utf8(String.valueOf(cause.getMessage())));
        }
        return headers;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
