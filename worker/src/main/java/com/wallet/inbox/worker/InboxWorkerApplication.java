package com.wallet.inbox.worker;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.PropertySource;

/**
 * The delivery worker. Its defaults live in {@code inbox-worker.properties} rather than
 * {@code application.properties} so that the standalone process, which has the app and the worker on
 * one classpath, gives each its own defaults.
 */
@SpringBootApplication
@PropertySource("classpath:inbox-worker.properties")
public class InboxWorkerApplication {

    public static void main(String[] args) {
        // Logging starts before @PropertySource files are read, so its defaults go here (the lowest
        // precedence: LOGGING_STRUCTURED_FORMAT_CONSOLE etc. still override them). Only the worker's own
        // jar gets them: the standalone starts this class its own way and keeps its plain console.
        new SpringApplicationBuilder(InboxWorkerApplication.class)
                .properties("logging.structured.format.console=ecs", "logging.structured.ecs.service.name=inbox-worker")
                .run(args);
    }
}
