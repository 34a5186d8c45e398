package com.wallet.inbox.bench.load;

/** A user provisioned for one run, with the access token the merchant calls with. */
record BenchUser(String userId, String accessToken) {

    static BenchUser of(String runId, int index) {
        return new BenchUser("bench-" + runId + "-u" + index, "bench-" + runId + "-t" + index);
    }
}
