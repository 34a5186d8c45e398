package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The short way to a key gives the key the library's own index gives, for every kind of document. */
class ScalarKeyUniqueIndexTest {

    private static final List<IndexKey> DEDUPE =
            List.of(new IndexKey("authClientId", true), new IndexKey("requestId", true));
    private static final List<IndexKey> NESTED = List.of(new IndexKey("meta.requestId", true));

    static Stream<Document> documents() {
        return Stream.of(
                new Document("authClientId", "c1").append("requestId", "r1"),
                new Document("authClientId", new ObjectId()).append("requestId", "r1"),
                new Document("authClientId", "c1").append("requestId", 7),
                new Document("authClientId", "c1").append("requestId", 7.0),
                new Document("authClientId", "c1").append("requestId", 1L << 60),
                new Document("authClientId", "c1"),
                new Document("authClientId", "c1").append("requestId", null),
                new Document("authClientId", "c1").append("requestId", List.of("r1", "r2")),
                new Document("authClientId", "c1").append("requestId", new Document("n", 1)),
                new Document("authClientId", "c1").append("meta", new Document("requestId", "r1")),
                new Document("authClientId", "c1").append("meta", List.of(new Document("requestId", "r1"))));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aCompoundKeyIsTheLibrarysKey(Document document) {
        assertThat(new ScalarKeyUniqueIndex("dedupe", DEDUPE, false).getKeyValues(document))
                .isEqualTo(new MemoryUniqueIndex("dedupe", DEDUPE, false).getKeyValues(document));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aDottedKeyIsTheLibrarysKey(Document document) {
        assertThat(new ScalarKeyUniqueIndex("nested", NESTED, true).getKeyValues(document))
                .isEqualTo(new MemoryUniqueIndex("nested", NESTED, true).getKeyValues(document));
    }
}
