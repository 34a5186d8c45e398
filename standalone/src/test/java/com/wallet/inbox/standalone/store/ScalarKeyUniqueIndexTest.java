package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short way to a key gives the key the library's own index gives, and the compact keys find, refuse and
 * remove what the library's index does, for every kind of document.
 */
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

    @ParameterizedTest
    @MethodSource("documents")
    void aDocumentIsFoundByItselfAndByItsKeyUntilRemovedAsInTheLibrarysIndex(Document document) {
        Index<Integer> ours = new ScalarKeyUniqueIndex("dedupe", DEDUPE, false);
        Index<Integer> library = new MemoryUniqueIndex("dedupe", DEDUPE, false);
        ours.add(document, 7, null);
        library.add(document, 7, null);

        assertThat(ours.getPosition(document))
                .isEqualTo(library.getPosition(document))
                .isEqualTo(7);
        assertThat(ours.getCount()).isEqualTo(library.getCount());
        Document byKey = keyQuery(document);
        assertThat(ours.canHandle(byKey)).isEqualTo(library.canHandle(byKey));
        if (library.canHandle(byKey)) {
            assertThat(ours.getPositions(byKey)).containsExactlyElementsOf(library.getPositions(byKey));
        }
        Document another = new Document("authClientId", "c2").append("requestId", "r9");
        ours.add(another, 8, null);
        library.add(another, 8, null);

        assertThat(ours.remove(document)).isEqualTo(library.remove(document)).isEqualTo(7);
        assertThat(ours.getPosition(document)).isNull();
        assertThat(ours.getPosition(another)).isEqualTo(8);
        assertThat(ours.getCount()).isEqualTo(library.getCount()).isEqualTo(1);
    }

    /**
     * An update that keeps the key, changes it, or takes another document's key: the same refusal and the same
     * positions afterwards as the library's index, for every kind of key before it.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void anUpdateMovesOrRefusesTheKeyAsInTheLibrarysIndex(Document before) {
        Document another = new Document("authClientId", "c2").append("requestId", "r9");
        List<Document> updates = List.of(
                before.clone().append("status", "ACCEPTED"),
                before.clone().append("requestId", "r2"),
                before.clone().append("authClientId", "c2").append("requestId", "r9"),
                before.clone().append("requestId", 8));
        for (Document after : updates) {
            Index<Integer> ours = new ScalarKeyUniqueIndex("dedupe", DEDUPE, false);
            Index<Integer> library = new MemoryUniqueIndex("dedupe", DEDUPE, false);
            for (Index<Integer> index : List.of(ours, library)) {
                index.add(before, 7, null);
                index.add(another, 8, null);
            }

            assertThat(refusal(() -> ours.checkUpdate(before, after, null)))
                    .as("checking %s after %s", after, before)
                    .isEqualTo(refusal(() -> library.checkUpdate(before, after, null)));
            if (refusal(() -> library.checkUpdate(before, after, null)) == null) {
                ours.updateInPlace(before, after, 7, null);
                library.updateInPlace(before, after, 7, null);
                assertThat(ours.getPosition(after))
                        .isEqualTo(library.getPosition(after))
                        .isEqualTo(7);
                assertThat(ours.getPosition(before)).isEqualTo(library.getPosition(before));
                assertThat(ours.getCount()).isEqualTo(library.getCount());
            }
        }
    }

    /** The one query that walks every entry: a regular expression on a one-field key. */
    @Test
    void aRegularExpressionOnTheKeyFindsWhatTheLibraryFinds() {
        List<IndexKey> requestId = List.of(new IndexKey("requestId", true));
        Index<Integer> ours = new ScalarKeyUniqueIndex("requestId", requestId, false);
        Index<Integer> library = new MemoryUniqueIndex("requestId", requestId, false);
        List<Object> ids = List.of("r1", "r2", "x1", new ObjectId(), 3);
        for (int i = 0; i < ids.size(); i++) {
            ours.add(new Document("requestId", ids.get(i)), i, null);
            library.add(new Document("requestId", ids.get(i)), i, null);
        }
        Document query = new Document("requestId", new BsonRegularExpression("^r", ""));

        assertThat(ours.getPositions(query))
                .containsExactlyInAnyOrderElementsOf(library.getPositions(query))
                .containsExactlyInAnyOrder(0, 1);
    }

    /** The kind of error an index throws, or null when it throws none. */
    private static Class<?> refusal(Runnable check) {
        try {
            check.run();
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    /** The document's values of the dedupe key's fields that it has: a query the index serves when both are there. */
    private static Document keyQuery(Document document) {
        Document query = new Document();
        for (IndexKey key : DEDUPE) {
            if (document.containsKey(key.getKey())) {
                query.put(key.getKey(), document.get(key.getKey()));
            }
        }
        return query;
    }
}
