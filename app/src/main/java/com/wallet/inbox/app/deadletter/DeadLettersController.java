package com.wallet.inbox.app.deadletter;

import com.wallet.inbox.app.deadletter.DeadLetterReplayer.Replayed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/v1/dead-letters}: lists the newest dead letters (newest first) and replays one, by its
 * partition and offset in the dead-letter topic, or the newest up to {@code limit} (all when there are
 * at most 500). See {@link DeadLetterReplayer} for why replaying twice delivers once.
 */
@RestController
class DeadLettersController {

    private final DeadLetterReader reader;
    private final DeadLetterReplayer replayer;

    DeadLettersController(DeadLetterReader reader, DeadLetterReplayer replayer) {
        this.reader = reader;
        this.replayer = replayer;
    }

    /** {@code available}: records in the topic, so ops can see whether the list is all of them. */
    record Listing(long available, List<DeadLetter> deadLetters) {}

    record ReplayedAll(int replayed, long available, List<Replayed> records) {}

    @GetMapping("/admin/v1/dead-letters")
    Listing list(@RequestParam(required = false) @Nullable String limit) {
        var newest = reader.newest(DeadLetterLimit.parse(limit, DeadLetterLimit.DEFAULT_LIST));
        return new Listing(
                newest.available(),
                newest.records().stream()
                        .map(DeadLetterReader.Stored::deadLetter)
                        .toList());
    }

    @PostMapping("/admin/v1/dead-letters/{partition}/{offset}/replay")
    Replayed replayOne(@PathVariable int partition, @PathVariable long offset) {
        var record = reader.find(partition, offset).orElseThrow(() -> new DeadLetterNotFound(partition, offset));
        return replayer.replay(List.of(record)).get(0);
    }

    @PostMapping("/admin/v1/dead-letters/replay")
    ReplayedAll replayAll(@RequestParam(required = false) @Nullable String limit) {
        var newest = reader.newest(DeadLetterLimit.parse(limit, DeadLetterLimit.MAX));
        List<Replayed> replayed = replayer.replay(newest.records());
        return new ReplayedAll(replayed.size(), newest.available(), replayed);
    }
}
