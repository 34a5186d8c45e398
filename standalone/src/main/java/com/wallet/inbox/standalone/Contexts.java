package com.wallet.inbox.standalone;

import com.wallet.inbox.app.InboxAppApplication;
import com.wallet.inbox.worker.InboxWorkerApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The three application contexts. They are independent (no parent), so that no bean of one satisfies a
 * {@code @ConditionalOnMissingBean} of another; the addresses and secrets are handed over as properties.
 */
final class Contexts {

    /** The security auto-configuration comes with the app's jar; the worker has no HTTP side to protect. */
    private static final String WORKER_EXCLUDES =
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
                    + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";

    private Contexts() {}

    static SpringApplicationBuilder infrastructure() {
        return new SpringApplicationBuilder(StandaloneInfrastructure.class)
                .main(InboxStandalone.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .properties(defaults("inbox-standalone"));
    }

    /**
     * The app, whose readiness also waits for {@code startup}: the app's own list of readiness components
     * (its {@code inbox-app.properties}) with the standalone's start added.
     */
    static SpringApplicationBuilder app(ServiceAddresses addresses, Secrets secrets, StartupHealthIndicator startup) {
        Map<String, Object> properties = connections(addresses, secrets);
        properties.put(
                "management.endpoint.health.group.readiness.include",
                "readinessState,mongoPing,kafka," + StartupHealthIndicator.NAME);
        return child(InboxAppApplication.class, WebApplicationType.SERVLET, "inbox-app")
                .initializers(context -> {
                    handOver(context, properties);
                    context.getBeanFactory().registerSingleton(StartupHealthIndicator.NAME, startup);
                });
    }

    static SpringApplicationBuilder worker(ServiceAddresses addresses, Secrets secrets) {
        Map<String, Object> properties = connections(addresses, secrets);
        properties.put("spring.autoconfigure.exclude", WORKER_EXCLUDES);
        return child(InboxWorkerApplication.class, WebApplicationType.NONE, "inbox-worker")
                .initializers(context -> handOver(context, properties));
    }

    static Map<String, Object> connections(ServiceAddresses addresses, Secrets secrets) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", addresses.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", addresses.mongoUri());
        properties.put("inbox.security.admin-token", secrets.adminToken());
        properties.put("inbox.security.reader-token", secrets.readerToken());
        return properties;
    }

    private static SpringApplicationBuilder child(Class<?> source, WebApplicationType type, String name) {
        return new SpringApplicationBuilder(source)
                .main(source)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(defaults(name));
    }

    /** Highest precedence: the module's own {@code @PropertySource} defaults must not override these. */
    private static void handOver(ConfigurableApplicationContext context, Map<String, Object> properties) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("inboxStandalone", properties));
    }

    private static Map<String, Object> defaults(String applicationName) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.application.name", applicationName);
        // One logging system serves all three contexts: a per-context name in the pattern would be wrong.
        defaults.put("logging.include-application-name", "false");
        // The ordered shutdown logs too; Spring's logging hook would stop Logback while it runs.
        defaults.put("logging.register-shutdown-hook", "false");
        defaults.put("logging.level.org.apache.kafka", "WARN");
        defaults.put("logging.level.kafka", "WARN");
        defaults.put("logging.level.state.change.logger", "WARN");
        // Every client connection of the embedded store and the driver's settings dump are noise here.
        defaults.put("logging.level.de.bwaldvogel.mongo.wire", "WARN");
        defaults.put("logging.level.org.mongodb.driver", "WARN");
        return defaults;
    }
}
