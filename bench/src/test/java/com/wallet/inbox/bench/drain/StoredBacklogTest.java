package com.wallet.inbox.bench.drain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredBacklogTest {

    private static final Instant PUBLISH_START = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant PUBLISHED_AT = PUBLISH_START.plusSeconds(10);

    @Test
    void theWorkersOwnPaceCountsOnlyWhatItStoredAfterTheBacklogWasPublished() {
        var backlog = new StoredBacklog(PUBLISHED_AT);
        // 600 stored while the publisher still ran (seconds 1 to 6), then 400 over the 2 s after it flushed.
        for (int i = 0; i < 600; i++) {
            backlog.add("m" + i, PUBLISH_START, PUBLISH_START.plusMillis(1000 + i * 10L));
        }
        for (int i = 0; i < 400; i++) {
            backlog.add("n" + i, PUBLISH_START, PUBLISHED_AT.plusMillis(5 + i * 5L));
        }

        Map<String, Double> metrics = backlog.metrics(1000, PUBLISH_START);

        assertThat(backlog.storedAfterPublish()).isEqualTo(400);
        assertThat(metrics).containsEntry("drain.storedAfterPublish", 400.0).containsEntry("drain.stored", 1000.0);
        assertThat(metrics.get("drain.afterPublishPerSec")).isCloseTo(200.0, within(1.0));
        assertThat(metrics.get("drain.messagesPerSec")).isCloseTo(1000 / 12.0, within(0.1));
        assertThat(metrics.get("drain.publishPerSec")).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void whenTheWorkerKeptUpThereIsNoPaceAfterPublishing() {
        var backlog = new StoredBacklog(PUBLISHED_AT);
        backlog.add("m1", PUBLISH_START, PUBLISH_START.plusSeconds(1));
        backlog.add("m2", PUBLISH_START, PUBLISHED_AT);

        Map<String, Double> metrics = backlog.metrics(2, PUBLISH_START);

        assertThat(metrics)
                .containsEntry("drain.storedAfterPublish", 0.0)
                .doesNotContainKey("drain.afterPublishPerSec");
    }

    @Test
    void countsDuplicates() {
        var backlog = new StoredBacklog(PUBLISHED_AT);
        backlog.add("m1", PUBLISH_START, PUBLISHED_AT.plusSeconds(1));
        backlog.add("m1", PUBLISH_START, PUBLISHED_AT.plusSeconds(2));

        assertThat(backlog.stored()).isEqualTo(2);
        assertThat(backlog.distinct()).isEqualTo(1);
    }
}
