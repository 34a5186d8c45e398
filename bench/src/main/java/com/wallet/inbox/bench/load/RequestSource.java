package com.wallet.inbox.bench.load;

import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.SendInboxRequest;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The calls of a run, in order: mostly new requestIds, and a share of repeats of earlier ones. The body
 * of a requestId is a function of its sequence number, so a repeat carries exactly the same content.
 * Not thread-safe: one dispatcher thread draws from it.
 */
final class RequestSource {

    static final String LANGUAGE = "en-US";

    private final String runId;
    private final List<BenchUser> users;
    private final String authClientId;
    private final String templateCode;
    private final double repeatShare;
    private final SplittableRandom random;
    /** Calls built ahead by {@link #prepare}, in the order {@link #next} hands them out. */
    private final ArrayDeque<Outgoing> prepared = new ArrayDeque<>();

    private long unique;

    RequestSource(
            String runId,
            List<BenchUser> users,
            String authClientId,
            String templateCode,
            double repeatShare,
            long seed) {
        this.runId = runId;
        this.users = List.copyOf(users);
        this.authClientId = authClientId;
        this.templateCode = templateCode;
        this.repeatShare = repeatShare;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Builds the next {@code count} calls now, so that a measured phase only hands them out: writing a
     * body's JSON was 16 of the load generator's 150 µs per call at 1,900 calls/s (BENCHMARKS.md, session
     * 22), CPU taken from the server it shares the machine with. The calls are the ones {@link #next} would
     * have built, in the same order.
     */
    void prepare(int count) {
        for (int i = 0; i < count; i++) {
            prepared.add(build());
        }
    }

    Outgoing next() {
        Outgoing call = prepared.poll();
        return call != null ? call : build();
    }

    private Outgoing build() {
        if (unique > 0 && random.nextDouble() < repeatShare) {
            return outgoing(random.nextLong(unique), true);
        }
        return outgoing(unique++, false);
    }

    private Outgoing outgoing(long sequence, boolean repeat) {
        BenchUser user = users.get((int) (sequence % users.size()));
        String requestId = "bench-" + runId + "-" + sequence;
        var template = new ContentTemplate(LANGUAGE, Map.of("who", "bench user " + sequence));
        var request = new SendInboxRequest(
                user.accessToken(), authClientId, requestId, templateCode, List.of(template), "bench run " + runId);
        return new Outgoing(requestId, InboxJson.mapper().writeValueAsBytes(request), repeat);
    }
}
