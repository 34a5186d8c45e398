package com.wallet.inbox.app.ops;

import com.wallet.inbox.app.InboxAppApplication;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * JSON logs (Elastic Common Schema) by default. Logging is set up before {@code @PropertySource} files
 * are read, so this default cannot live in {@code inbox-app.properties}; it applies to the app's own
 * context only (the standalone also starts the worker) and, added last, any property or environment
 * variable overrides it ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE}).
 */
public class StructuredLogging implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "logging.structured.format.console", "ecs",
            "logging.structured.ecs.service.name", "inbox-app");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getAllSources().contains(InboxAppApplication.class)) {
            environment.getPropertySources().addLast(new MapPropertySource("inboxAppLoggingDefaults", DEFAULTS));
        }
    }
}
