package com.wallet.inbox.bench.barehttp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bare-http}: serves the bare-HTTP ceiling on 127.0.0.1 until stopped or its lifetime is over. */
@Command(
        name = "bare-http",
        mixinStandardHelpOptions = true,
        description = "Serve sendInbox with the same web stack, parsing the body and answering ACCEPT without I/O.")
public final class BareHttpCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "18080")
    int port;

    @Option(names = "--max-minutes", defaultValue = "30", description = "Stop by itself after this long.")
    int maxMinutes;

    @Override
    public Integer call() throws InterruptedException {
        if (maxMinutes < 1 || maxMinutes > 24 * 60) {
            throw new IllegalArgumentException("--max-minutes must be between 1 and 1440");
        }
        var application = new SpringApplication(BareHttpServer.class);
        application.setDefaultProperties(Map.of(
                "server.port", port,
                "server.address", "127.0.0.1",
                "spring.main.banner-mode", "off"));
        try (var context = application.run()) {
            Thread.sleep(Duration.ofMinutes(maxMinutes).toMillis());
        }
        return 0;
    }
}
