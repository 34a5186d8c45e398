package com.wallet.inbox.bench.load;

import com.mongodb.ConnectionString;
import com.wallet.inbox.bench.support.BenchReport;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run: warm up, send the measured calls, then (unless only the intake is measured) wait for storage and
 * check it, for the warm-up's accepted calls as much as for the measured ones.
 */
final class LoadRun {

    /** At most this many measured calls are built before the phase starts (about 100 MB of bodies). */
    static final int MAX_PREPARED = 200_000;

    private final LoadPlan plan;
    private final String runId;
    private final IntakeClient client;
    private final String label;
    private final @Nullable ConnectionString storage;
    private final Duration drain;
    private final boolean deleteAfter;

    LoadRun(
            LoadPlan plan,
            String runId,
            IntakeClient client,
            String label,
            @Nullable ConnectionString storage,
            Duration drain,
            boolean deleteAfter) {
        this.plan = plan;
        this.runId = runId;
        this.client = client;
        this.label = label;
        this.storage = storage;
        this.drain = drain;
        this.deleteAfter = deleteAfter;
    }

    BenchReport execute(List<BenchUser> users) throws InterruptedException {
        // One source for both phases: requestIds stay unique over the run and repeats may reach back into the
        // warm-up, as they would into any earlier traffic.
        var source = new RequestSource(
                runId, users, plan.authClientId(), plan.templateCode(), plan.repeatShare(), plan.seed());
        var driver = new IntakeDriver(client, plan);
        var warmUpStats = new IntakeStats();
        long warmUpStart = System.nanoTime();
        driver.warmUp(source, warmUpStats);
        WarmUp warmUp = WarmUp.of(plan, warmUpStats, System.nanoTime() - warmUpStart);
        IntakeStats stats = warmUpStats.nextPhase();
        source.prepare((int) Math.min(plan.count(), MAX_PREPARED));
        long cpuBefore = ProcessCpu.nanos();
        long start = driver.run(source, stats);
        long cpuAfter = ProcessCpu.nanos();
        long clientCpu = cpuBefore == ProcessCpu.UNKNOWN ? ProcessCpu.UNKNOWN : cpuAfter - cpuBefore;
        var report = new LoadReport(label, plan, runId, warmUp, stats, start, clientCpu);
        if (storage == null) {
            return report.build(null, null);
        }
        try (var probe = new StorageProbe(storage)) {
            probe.await(plan.authClientId(), users, stats.acceptedDistinct(), drain);
            StoredMessages stored = probe.read(plan.authClientId(), users);
            if (deleteAfter) {
                probe.delete(plan.authClientId(), users);
            }
            return report.build(stored, DeliveryCheck.of(stats.acceptedRequestIds(), stored.requestIds()));
        }
    }
}
