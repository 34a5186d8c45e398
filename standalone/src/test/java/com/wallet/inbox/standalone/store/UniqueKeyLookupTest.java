package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which queries a unique index serves beyond the library's exact-key ones, and with which candidates. */
class UniqueKeyLookupTest {

    private final Index<Integer> byId = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
    private final Index<Integer> dedupe = new MemoryUniqueIndex(
            "dedupe", List.of(new IndexKey("authClientId", true), new IndexKey("requestId", true)), false);
    private final List<Index<Integer>> indexes = List.of(byId, dedupe);

    @BeforeEach
    void storeTwoRecords() {
        add(new Document("_id", "m1").append("authClientId", "c1").append("requestId", "r1"), 10);
        add(new Document("_id", "m2").append("authClientId", "c1").append("requestId", "r2"), 11);
    }

    @Test
    void anIdWithAnotherConditionIsLookedUpById() {
        assertThat(candidates(new Document("_id", "m2").append("status", "PENDING")))
                .hasValueSatisfying(positions -> assertThat(positions).containsExactly(11));
    }

    @Test
    void anUnknownIdHasNoCandidates() {
        assertThat(candidates(new Document("_id", "m9").append("status", "PENDING")))
                .hasValueSatisfying(positions -> assertThat(positions).isEmpty());
    }

    @Test
    void aCompoundKeyWithAnotherConditionIsLookedUpByThatKey() {
        assertThat(candidates(new Document("requestId", "r1")
                        .append("status", "PENDING")
                        .append("authClientId", "c1")))
                .hasValueSatisfying(positions -> assertThat(positions).containsExactly(10));
    }

    @Test
    void anExactKeyIsLeftToTheLibrary() {
        assertThat(candidates(new Document("_id", "m1"))).isEmpty();
        assertThat(candidates(new Document("authClientId", "c1").append("requestId", "r1")))
                .isEmpty();
    }

    @Test
    void aKeyThatIsNotAPlainStringOrObjectIdIsLeftToTheLibrary() {
        assertThat(candidates(new Document("_id", new Document("$in", List.of("m1"))).append("status", "PENDING")))
                .isEmpty();
        assertThat(candidates(new Document("_id", 1).append("status", "PENDING")))
                .isEmpty();
        assertThat(candidates(new Document("_id", null).append("status", "PENDING")))
                .isEmpty();
    }

    @Test
    void aPartOfACompoundKeyIsNotALookup() {
        assertThat(candidates(new Document("authClientId", "c1").append("status", "PENDING")))
                .isEmpty();
    }

    private Optional<Iterable<Integer>> candidates(Document query) {
        return UniqueKeyLookup.candidates(indexes, query);
    }

    private void add(Document record, int position) {
        indexes.forEach(index -> index.add(record, position, null));
    }
}
