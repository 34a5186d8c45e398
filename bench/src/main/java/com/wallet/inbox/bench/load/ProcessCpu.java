package com.wallet.inbox.bench.load;

import java.lang.management.ManagementFactory;

/**
 * CPU time this process has used, all threads and the JIT included: what the load generator itself takes
 * from a machine it shares with the server it measures.
 */
final class ProcessCpu {

    static final long UNKNOWN = -1;

    private ProcessCpu() {}

    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return UNKNOWN;
    }
}
