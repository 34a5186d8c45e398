package com.wallet.inbox.standalone;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.PropertyResolver;

/** The Kafka and MongoDB the user pointed at; {@code null} means "start the embedded one". */
record ExternalServices(
        @Nullable String kafkaBootstrapServers, @Nullable String mongoUri) {

    static ExternalServices from(PropertyResolver environment) {
        return new ExternalServices(
                firstSet(environment, "spring.kafka.bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS"),
                firstSet(environment, "spring.mongodb.uri", "spring.data.mongodb.uri", "MONGODB_URI"));
    }

    private static @Nullable String firstSet(PropertyResolver environment, String... names) {
        return Stream.of(names)
                .map(environment::getProperty)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .orElse(null);
    }
}
