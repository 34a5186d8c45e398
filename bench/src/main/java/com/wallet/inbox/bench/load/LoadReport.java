package com.wallet.inbox.bench.load;

import com.wallet.inbox.bench.support.BenchReport;
import com.wallet.inbox.bench.support.LatencySummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the measured phase's intake statistics and, when checked, the stored messages into the run's report;
 * the warm-up is described in the details, apart from the measured figures.
 */
final class LoadReport {

    private final String kind;
    private final LoadPlan plan;
    private final String runId;
    private final WarmUp warmUp;
    private final IntakeStats stats;
    private final long startNanos;
    private final long clientCpuNanos;

    /** {@code clientCpuNanos}: CPU this process used while it sent, or {@link ProcessCpu#UNKNOWN}. */
    LoadReport(
            String kind,
            LoadPlan plan,
            String runId,
            WarmUp warmUp,
            IntakeStats stats,
            long startNanos,
            long clientCpuNanos) {
        this.kind = kind;
        this.plan = plan;
        this.runId = runId;
        this.warmUp = warmUp;
        this.stats = stats;
        this.startNanos = startNanos;
        this.clientCpuNanos = clientCpuNanos;
    }

    BenchReport build(@Nullable StoredMessages stored, @Nullable DeliveryCheck check) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        double seconds = Math.max(1, stats.lastCompletionNanos() - startNanos) / 1e9;
        metrics.put("intake.requests", (double) stats.completed());
        metrics.put("intake.seconds", seconds);
        metrics.put("intake.requestsPerSec", stats.completed() / seconds);
        metrics.putAll(LatencySummary.ofMicros(stats.latencyMicros()).metrics("intake.latency"));
        if (clientCpuNanos != ProcessCpu.UNKNOWN && stats.completed() > 0) {
            // The load generator's own cost, to tell how much of the machine it took from the server.
            metrics.put("client.cpuMicrosPerCall", clientCpuNanos / 1e3 / stats.completed());
            metrics.put("client.cpuPercent", 100 * clientCpuNanos / 1e9 / seconds);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runId", runId);
        details.put("url", plan.baseUrl().toString());
        details.put("mode", plan.fullSpeed() ? "full speed" : plan.rate() + " calls/s");
        details.put("client", plan.client().label());
        details.put("concurrency", plan.concurrency());
        details.put("users", plan.users());
        details.put("repeatShare", plan.repeatShare());
        details.put("intake.repeatsSent", stats.repeats());
        details.put("intake.resultCodes", stats.codeCounts());
        details.put("intake.allAccepted", stats.notAccepted() == 0);
        // New requestIds accepted in the measured phase (its repeats of warm-up ones were accepted before).
        details.put("intake.acceptedDistinct", stats.acceptedDistinct() - warmUp.acceptedDistinct());
        details.put("intake.repeatMessageIdMismatches", stats.messageIdMismatches());
        warmUp.describe(details);
        if (stored != null && check != null) {
            addDelivery(metrics, details, stored, check);
        }
        return new BenchReport(kind, Instant.now(), metrics, details);
    }

    private static void addDelivery(
            Map<String, Double> metrics, Map<String, Object> details, StoredMessages stored, DeliveryCheck check) {
        LatencySummary latency = LatencySummary.ofMicros(stored.acceptToStoreMicros());
        metrics.put("delivery.messagesPerSec", stored.deliveryRate());
        metrics.put("delivery.acceptToStore.p50Ms", latency.p50Ms());
        metrics.put("delivery.acceptToStore.p99Ms", latency.p99Ms());
        details.put("delivery.expected", check.acceptedDistinct());
        details.put("delivery.stored", check.stored());
        details.put("delivery.storedDistinct", check.storedDistinct());
        details.put("delivery.missing", check.missing());
        details.put("delivery.duplicates", check.duplicates());
        details.put("delivery.storedButNotAcknowledged", check.unacknowledged());
        details.put("delivery.ok", check.ok());
    }
}
