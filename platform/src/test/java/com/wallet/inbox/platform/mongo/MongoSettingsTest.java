package com.wallet.inbox.platform.mongo;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.mongodb.MongoClientSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code inbox.mongodb.*} as the app and the worker name it, down to the settings the driver gets. */
class MongoSettingsTest {

    /** Server selection, connect and read timeouts in milliseconds, from each service's property names. */
    static Stream<Arguments> eachServicesNames() {
        return Stream.of(
                arguments(
                        "the app's",
                        Map.of(
                                "inbox.mongodb.database", "inbox",
                                "inbox.mongodb.server-selection-timeout", "3s",
                                "inbox.mongodb.connect-timeout", "4s",
                                "inbox.mongodb.read-timeout", "5s"),
                        List.of(3000L, 4000L, 5000L)),
                arguments(
                        "the worker's, connecting within the server-selection timeout",
                        Map.of(
                                "inbox.mongodb.database", "inbox",
                                "inbox.mongodb.server-selection-timeout", "2s",
                                "inbox.mongodb.socket-timeout", "10s"),
                        List.of(2000L, 2000L, 10000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachServicesNames")
    void appliesTheTimeoutsAsEachServiceNamesThem(
            String service, Map<String, String> properties, List<Long> expectedMillis) {
        assertThat(timeoutsInMillis(clientSettings(properties))).containsExactlyElementsOf(expectedMillis);
    }

    @Test
    void theReadTimeoutWinsOverItsOlderName() {
        MongoSettings settings = bind(Map.of(
                "inbox.mongodb.database", "inbox",
                "inbox.mongodb.server-selection-timeout", "3s",
                "inbox.mongodb.read-timeout", "5s",
                "inbox.mongodb.socket-timeout", "10s"));

        assertThat(settings.readTimeout()).hasSeconds(5);
    }

    @Test
    void refusesABlankDatabase() {
        assertThatThrownBy(() -> bind(Map.of(
                        "inbox.mongodb.database", " ",
                        "inbox.mongodb.server-selection-timeout", "3s",
                        "inbox.mongodb.read-timeout", "5s")))
                .rootCause()
                .hasMessage("inbox.mongodb.database must not be blank");
    }

    @Test
    void refusesToGoWithoutAReadTimeout() {
        assertThatThrownBy(() ->
                        bind(Map.of("inbox.mongodb.database", "inbox", "inbox.mongodb.server-selection-timeout", "3s")))
                .rootCause()
                .hasMessage("inbox.mongodb.read-timeout must be set");
    }

    private static List<Long> timeoutsInMillis(MongoClientSettings client) {
        return List.of(
                client.getClusterSettings().getServerSelectionTimeout(MILLISECONDS),
                (long) client.getSocketSettings().getConnectTimeout(MILLISECONDS),
                (long) client.getSocketSettings().getReadTimeout(MILLISECONDS));
    }

    private static MongoClientSettings clientSettings(Map<String, String> properties) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new PlatformMongoConfiguration().inboxMongoTimeouts(bind(properties)).customize(builder);
        return builder.build();
    }

    private static MongoSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("inbox.mongodb", MongoSettings.class);
    }
}
