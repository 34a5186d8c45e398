package com.wallet.inbox.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
        SpringApplication.run(InboxWorkerApplication.class, args);
    }
}
