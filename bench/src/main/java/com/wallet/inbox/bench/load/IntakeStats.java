package com.wallet.inbox.bench.load;

import com.wallet.inbox.schemas.ResultCode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * What the merchant side saw in one phase of a run (warm-up or measured): latency and result codes; and,
 * shared with the run's other phases, the messageId of every accepted requestId.
 */
final class IntakeStats {

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();
    private final LongAdder repeats = new LongAdder();
    private final AtomicLong lastCompletionNanos = new AtomicLong();
    private final AcceptedCalls accepted;

    IntakeStats() {
        this(new AcceptedCalls());
    }

    private IntakeStats(AcceptedCalls accepted) {
        this.accepted = accepted;
    }

    /** Fresh latency and codes for the run's next phase, the accepted requestIds carried over. */
    IntakeStats nextPhase() {
        return new IntakeStats(accepted);
    }

    void recordResponse(Outgoing call, long startNanos, int httpStatus, byte[] body) {
        Reply reply = Reply.parse(body);
        String code = reply == null ? "HTTP_" + httpStatus : reply.code();
        if (reply != null && reply.accepted() && reply.messageId() != null) {
            accepted.accepted(call.requestId(), reply.messageId());
        }
        complete(call, startNanos, code);
    }

    void recordFailure(Outgoing call, long startNanos, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        complete(call, startNanos, "CLIENT_" + cause.getClass().getSimpleName());
    }

    private void complete(Outgoing call, long startNanos, String code) {
        long now = System.nanoTime();
        latencyMicros.recordValue(Math.min(latencyMicros.getHighestTrackableValue(), (now - startNanos) / 1000));
        codes.computeIfAbsent(code, c -> new LongAdder()).increment();
        if (call.repeat()) {
            repeats.increment();
        }
        lastCompletionNanos.accumulateAndGet(now, Math::max);
    }

    ConcurrentHistogram latencyMicros() {
        return latencyMicros;
    }

    Map<String, Long> codeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        codes.forEach((code, adder) -> counts.put(code, adder.sum()));
        return counts;
    }

    /**
     * Calls answered anything but ACCEPT: a refusal is cheap to answer, so a throughput with refusals in it is
     * not the intake's (until session 18, the load's one client met its rate limit at full speed).
     */
    long notAccepted() {
        return codes.entrySet().stream()
                .filter(entry -> !ResultCode.ACCEPT.name().equals(entry.getKey()))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    long completed() {
        return latencyMicros.getTotalCount();
    }

    /** Accepted requestIds of this phase and the ones before it. */
    Set<String> acceptedRequestIds() {
        return accepted.requestIds();
    }

    /** How many distinct requestIds were accepted in this phase and the ones before it. */
    int acceptedDistinct() {
        return accepted.distinct();
    }

    long repeats() {
        return repeats.sum();
    }

    long messageIdMismatches() {
        return accepted.messageIdMismatches();
    }

    long lastCompletionNanos() {
        return lastCompletionNanos.get();
    }
}
