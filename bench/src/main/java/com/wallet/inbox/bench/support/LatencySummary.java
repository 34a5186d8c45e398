package com.wallet.inbox.bench.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.AbstractHistogram;

/** Percentiles of a histogram recorded in microseconds, reported in milliseconds. */
public record LatencySummary(long count, double p50Ms, double p99Ms, double p999Ms, double maxMs) {

    public static LatencySummary ofMicros(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0);
        }
        return new LatencySummary(
                histogram.getTotalCount(),
                millis(histogram.getValueAtPercentile(50.0)),
                millis(histogram.getValueAtPercentile(99.0)),
                millis(histogram.getValueAtPercentile(99.9)),
                millis(histogram.getMaxValue()));
    }

    /** The metrics under a prefix, e.g. {@code intake.latency.p99Ms}. */
    public Map<String, Double> metrics(String prefix) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(prefix + ".p50Ms", p50Ms);
        metrics.put(prefix + ".p99Ms", p99Ms);
        metrics.put(prefix + ".p999Ms", p999Ms);
        metrics.put(prefix + ".maxMs", maxMs);
        return metrics;
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
