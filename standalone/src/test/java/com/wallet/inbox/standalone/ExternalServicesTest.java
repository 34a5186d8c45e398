package com.wallet.inbox.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ExternalServicesTest {

    @Test
    void nothingNamedMeansBothEmbedded() {
        ExternalServices external = ExternalServices.from(new MockEnvironment());

        assertThat(external.kafkaBootstrapServers()).isNull();
        assertThat(external.mongoUri()).isNull();
    }

    @Test
    void springPropertiesNameExternalServices() {
        ExternalServices external = ExternalServices.from(new MockEnvironment()
                .withProperty("spring.kafka.bootstrap-servers", "kafka:9092")
                .withProperty("spring.mongodb.uri", "mongodb://db/inbox"));

        assertThat(external.kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(external.mongoUri()).isEqualTo("mongodb://db/inbox");
    }

    @Test
    void theSpringBoot3MongoPropertyIsAcceptedToo() {
        ExternalServices external =
                ExternalServices.from(new MockEnvironment().withProperty("spring.data.mongodb.uri", "mongodb://old/x"));

        assertThat(external.mongoUri()).isEqualTo("mongodb://old/x");
        assertThat(external.kafkaBootstrapServers()).isNull();
    }

    @Test
    void environmentVariablesNameExternalServices() {
        ExternalServices external = ExternalServices.from(new MockEnvironment()
                .withProperty("KAFKA_BOOTSTRAP_SERVERS", "k:1")
                .withProperty("MONGODB_URI", "mongodb://m/inbox"));

        assertThat(external.kafkaBootstrapServers()).isEqualTo("k:1");
        assertThat(external.mongoUri()).isEqualTo("mongodb://m/inbox");
    }

    @Test
    void blankValuesCountAsNotNamed() {
        ExternalServices external = ExternalServices.from(new MockEnvironment()
                .withProperty("spring.kafka.bootstrap-servers", " ")
                .withProperty("MONGODB_URI", ""));

        assertThat(external.kafkaBootstrapServers()).isNull();
        assertThat(external.mongoUri()).isNull();
    }
}
