package com.wallet.inbox.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database the features use, the client timeouts and the {@code mongoPing} health indicator, from
 * {@code inbox.mongodb.*}. Imported by the app and the worker (see the {@code platform} package for why
 * an import rather than an auto-configuration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
public class PlatformMongoConfiguration {

    @Bean
    MongoDatabase inboxDatabase(MongoClient client, MongoSettings settings) {
        return client.getDatabase(settings.database());
    }

    @Bean
    MongoClientSettingsBuilderCustomizer inboxMongoTimeouts(MongoSettings settings) {
        return builder -> builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        settings.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                                settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Named "mongoPing": the name the readiness groups include. */
    @Bean("mongoPing")
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoDatabase inboxDatabase) {
        return new MongoPingHealthIndicator(inboxDatabase);
    }
}
