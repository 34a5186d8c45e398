package com.wallet.inbox.standalone;

import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.standalone.broker.EmbeddedKafkaBroker;
import com.wallet.inbox.standalone.store.EmbeddedMongoStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded store and broker, each only when the user did not name an external one. Beans are
 * destroyed in the reverse order of their creation, so the store (declared first) outlives the broker.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StandaloneSettings.class)
class StandaloneInfrastructure {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedStoreWanted.class)
    EmbeddedMongoStore embeddedMongoStore(StandaloneSettings settings) {
        return switch (settings.store()) {
            case H2 -> EmbeddedMongoStore.persistent(settings.mongoFile(), settings.mongoPort());
            case MEMORY -> EmbeddedMongoStore.inMemory(settings.mongoPort());
        };
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedBrokerWanted.class)
    EmbeddedKafkaBroker embeddedKafkaBroker(StandaloneSettings settings) {
        return EmbeddedKafkaBroker.start(settings.kafkaLogDir(), settings.kafkaPort());
    }

    @Bean
    ServiceAddresses serviceAddresses(
            Environment environment,
            ObjectProvider<EmbeddedMongoStore> store,
            ObjectProvider<EmbeddedKafkaBroker> broker) {
        ExternalServices external = ExternalServices.from(environment);
        EmbeddedMongoStore embeddedStore = store.getIfAvailable();
        EmbeddedKafkaBroker embeddedBroker = broker.getIfAvailable();
        String kafka = embeddedBroker != null ? embeddedBroker.bootstrapServers() : external.kafkaBootstrapServers();
        String mongo =
                embeddedStore != null ? embeddedStore.connectionString(InboxCollections.DATABASE) : external.mongoUri();
        if (kafka == null || mongo == null) {
            throw new IllegalStateException("Neither an embedded nor an external service is configured");
        }
        return new ServiceAddresses(kafka, mongo, embeddedStore != null);
    }

    static final class EmbeddedStoreWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return ExternalServices.from(context.getEnvironment()).mongoUri() == null;
        }
    }

    static final class EmbeddedBrokerWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return ExternalServices.from(context.getEnvironment()).kafkaBootstrapServers() == null;
        }
    }
}
