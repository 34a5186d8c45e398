package com.wallet.inbox.bench.load;

import com.mongodb.ConnectionString;
import com.wallet.inbox.bench.support.BenchReport;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One run: send the calls, then (unless only the intake is measured) wait for storage and check it. */
final class LoadRun {

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
        var stats = new IntakeStats();
        var source = new RequestSource(
                runId, users, plan.authClientId(), plan.templateCode(), plan.repeatShare(), plan.seed());
        long cpuBefore = ProcessCpu.nanos();
        long start = new IntakeDriver(client, plan, stats).run(source);
        long cpuAfter = ProcessCpu.nanos();
        long clientCpu = cpuBefore == ProcessCpu.UNKNOWN ? ProcessCpu.UNKNOWN : cpuAfter - cpuBefore;
        var report = new LoadReport(label, plan, runId, stats, start, clientCpu);
        if (storage == null) {
            return report.build(null, null);
        }
        try (var probe = new StorageProbe(storage)) {
            probe.await(plan.authClientId(), users, stats.acceptedRequestIds().size(), drain);
            StoredMessages stored = probe.read(plan.authClientId(), users);
            if (deleteAfter) {
                probe.delete(plan.authClientId(), users);
            }
            return report.build(stored, DeliveryCheck.of(stats.acceptedRequestIds(), stored.requestIds()));
        }
    }
}
