package com.wallet.inbox.standalone;

import com.wallet.inbox.standalone.demo.DemoSeeder;
import com.wallet.inbox.standalone.demo.ReadyBanner;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the infrastructure context (broker, store), the app and the worker, one after the other, and
 * closes them in the reverse order: nothing is left consuming or accepting while what it needs goes away.
 */
final class Standalone implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Standalone.class);

    private final Deque<ConfigurableApplicationContext> running = new ArrayDeque<>();
    private boolean closed;

    /** Starts everything and seeds the demo data; on failure, closes what already runs and rethrows. */
    void start(String... args) {
        long startedAt = System.nanoTime();
        try {
            ConfigurableApplicationContext infrastructure =
                    keep(Contexts.infrastructure().run(args));
            ServiceAddresses addresses = infrastructure.getBean(ServiceAddresses.class);
            Secrets secrets = Secrets.from(infrastructure.getEnvironment());
            StartupHealthIndicator readiness = new StartupHealthIndicator();
            ConfigurableApplicationContext app =
                    keep(Contexts.app(addresses, secrets, readiness).run(args));
            keep(Contexts.worker(addresses, secrets).run(args));
            int serverPort = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            new DemoSeeder(URI.create("http://localhost:" + serverPort), secrets.adminToken()).seed();
            readiness.markStarted();
            Duration startup = Duration.ofNanos(System.nanoTime() - startedAt);
            log.info(ReadyBanner.render(serverPort, addresses.kafkaBootstrapServers(), addresses.mongoHint(), startup));
            log.info(
                    "Ready {} ms after the JVM started",
                    ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    private synchronized ConfigurableApplicationContext keep(ConfigurableApplicationContext context) {
        if (closed) {
            context.close();
            throw new IllegalStateException("Shut down while starting");
        }
        running.push(context);
        return context;
    }
}
