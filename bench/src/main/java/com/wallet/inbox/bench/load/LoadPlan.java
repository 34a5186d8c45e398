package com.wallet.inbox.bench.load;

import java.net.URI;
import java.time.Duration;

/**
 * A validated load run: who is called, how hard, and for how long at most. {@code maxDuration} bounds the
 * measured phase; the untimed warm-up before it ({@code warmUp}, zero for none) is bounded on its own.
 */
record LoadPlan(
        URI baseUrl,
        String authClientId,
        String templateCode,
        int users,
        long count,
        int concurrency,
        double rate,
        double repeatShare,
        Duration maxDuration,
        Duration requestTimeout,
        long seed,
        ClientKind client,
        int clientThreads,
        Duration warmUp) {

    static final long MAX_COUNT = 10_000_000;
    static final Duration MAX_DURATION = Duration.ofHours(1);
    static final Duration MAX_WARM_UP = Duration.ofMinutes(10);

    LoadPlan {
        require(users >= 1 && users <= 100_000, "--users must be between 1 and 100000");
        require(count >= 1 && count <= MAX_COUNT, "--count must be between 1 and " + MAX_COUNT);
        require(concurrency >= 1 && concurrency <= 4096, "--concurrency must be between 1 and 4096");
        require(rate >= 0 && rate <= 1_000_000, "--rate must be between 0 (full speed) and 1000000");
        require(repeatShare >= 0 && repeatShare < 1, "--repeat-share must be at least 0 and below 1");
        require(isBounded(maxDuration), "--max-seconds must be between 1 and 3600");
        require(isBounded(requestTimeout), "--request-timeout-seconds must be between 1 and 3600");
        require(clientThreads >= 1 && clientThreads <= 64, "--client-threads must be between 1 and 64");
        require(
                !warmUp.isNegative() && warmUp.compareTo(MAX_WARM_UP) <= 0,
                "--warmup-seconds must be between 0 (none) and " + MAX_WARM_UP.toSeconds());
    }

    /** Where the calls go. */
    URI endpoint() {
        return baseUrl.resolve("/v2/messages/sendInbox");
    }

    /** The client the calls go through. */
    IntakeClient openClient() {
        return client.open(endpoint(), requestTimeout, clientThreads);
    }

    boolean warmsUp() {
        return !warmUp.isZero();
    }

    boolean fullSpeed() {
        return rate == 0;
    }

    /** When request {@code index} should start, relative to the start of its phase (open-loop pacing). */
    long intendedOffsetNanos(long index) {
        return fullSpeed() ? 0 : (long) (index * 1_000_000_000d / rate);
    }

    private static boolean isBounded(Duration duration) {
        return !duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_DURATION) <= 0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
