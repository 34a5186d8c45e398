/** What every benchmark shares: loopback-only targets, latency percentiles and the JSON report. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.support;
