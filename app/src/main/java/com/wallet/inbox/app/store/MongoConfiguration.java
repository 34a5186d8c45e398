package com.wallet.inbox.app.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
class MongoConfiguration {

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
}
