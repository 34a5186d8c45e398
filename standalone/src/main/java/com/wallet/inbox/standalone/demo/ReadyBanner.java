package com.wallet.inbox.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** What to paste next: the sample request of {@code sendInbox.txt}, verbatim, and where to see its result. */
public final class ReadyBanner {

    static final String SAMPLE_REQUEST = "sendInbox-sample-request.json";

    private ReadyBanner() {}

    public static String render(int serverPort, String kafka, String mongoHint, Duration startup) {
        String base = "http://localhost:" + serverPort;
        String rule = "=".repeat(78);
        return String.format(
                Locale.ROOT,
                "%n%s%n Inbox standalone ready in %.1f s  (Kafka %s, MongoDB %s)%n%s%n"
                        + " Send the sample request:%n%n"
                        + "curl -s -X POST %s/v2/messages/sendInbox -H 'Content-Type: application/json' -d '%s'%n%n"
                        + " Then look at the stored message:%n%n"
                        + "mongosh %s --eval 'db.inbox_messages.find()'%n%n"
                        + " Stop with Ctrl-C; the data stays for the next start.%n%s",
                rule,
                startup.toMillis() / 1000.0,
                kafka,
                mongoHint,
                rule,
                base,
                sampleRequest().strip(),
                mongoHint,
                rule);
    }

    /** The request body exactly as the API document shows it. */
    public static String sampleRequest() {
        try (InputStream in = ReadyBanner.class.getResourceAsStream(SAMPLE_REQUEST)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE_REQUEST + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
