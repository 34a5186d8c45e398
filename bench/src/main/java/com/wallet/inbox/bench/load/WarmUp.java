package com.wallet.inbox.bench.load;

import com.wallet.inbox.bench.support.LatencySummary;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the warm-up sent before the measured phase. Its latency and pace are left out of the measured figures,
 * its accepted requestIds are not (they must be stored like any other), and the report lists it all, so that
 * nothing left out is hidden.
 *
 * @param acceptedDistinct distinct requestIds accepted by the end of the warm-up
 */
record WarmUp(
        long plannedSeconds,
        double seconds,
        long calls,
        Map<String, Long> resultCodes,
        long acceptedDistinct,
        LatencySummary latency) {

    WarmUp {
        resultCodes = Collections.unmodifiableMap(new TreeMap<>(resultCodes));
    }

    static WarmUp of(LoadPlan plan, IntakeStats stats, long elapsedNanos) {
        return new WarmUp(
                plan.warmUp().toSeconds(),
                elapsedNanos / 1e9,
                stats.completed(),
                stats.codeCounts(),
                stats.acceptedDistinct(),
                LatencySummary.ofMicros(stats.latencyMicros()));
    }

    void describe(Map<String, Object> details) {
        details.put("warmup.seconds", plannedSeconds);
        details.put("warmup.calls", calls);
        if (calls > 0) {
            details.put("warmup.actualSeconds", Math.round(seconds * 100) / 100.0);
            details.put("warmup.resultCodes", resultCodes);
            details.put("warmup.acceptedDistinct", acceptedDistinct);
            details.put("warmup.latency.p99Ms", latency.p99Ms());
            details.put("warmup.latency.maxMs", latency.maxMs());
        }
    }
}
