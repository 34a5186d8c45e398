package com.wallet.inbox.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The HTTP intake. Its defaults live in {@code inbox-app.properties} rather than
 * {@code application.properties} so that the standalone process, which has the app and the worker on
 * one classpath, gives each its own defaults.
 */
@SpringBootApplication
@PropertySource("classpath:inbox-app.properties")
public class InboxAppApplication {

    public static void main(String[] args) {
        SpringApplication.run(InboxAppApplication.class, args);
    }
}
