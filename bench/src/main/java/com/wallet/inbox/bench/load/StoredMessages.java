package com.wallet.inbox.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;

/** The run's stored messages: their requestIds, and when the first was accepted and the last stored. */
record StoredMessages(
        List<String> requestIds, Histogram acceptToStoreMicros, Instant firstAccepted, Instant lastDelivered) {

    StoredMessages {
        requestIds = List.copyOf(requestIds);
    }

    /** Messages per second from the first acceptance to the last storage. */
    double deliveryRate() {
        double seconds = Duration.between(firstAccepted, lastDelivered).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : requestIds.size() / seconds;
    }
}
