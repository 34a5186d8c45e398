package com.wallet.inbox.bench.ceiling;

/** Every ceiling is bounded in count and time. */
final class CeilingLimits {

    private CeilingLimits() {}

    static void check(long count, int maxSeconds, int users) {
        if (count < 1 || count > 10_000_000) {
            throw new IllegalArgumentException("--count must be between 1 and 10000000");
        }
        if (maxSeconds < 1 || maxSeconds > 3600) {
            throw new IllegalArgumentException("--max-seconds must be between 1 and 3600");
        }
        if (users < 1) {
            throw new IllegalArgumentException("--users must be at least 1");
        }
    }
}
