package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the candidates of a query that names a unique index's whole key and more, such as the intake's
 * acceptance mark {@code {_id: id, status: "PENDING"}}.
 *
 * <p>The library serves a query from an index only when the query's fields are exactly the index's, and
 * scans the whole collection otherwise; real MongoDB uses the {@code _id} index for the same query. The
 * fields of a query are all conditions on one document, so the documents with the key's values are a
 * superset of its matches: the collection then checks each candidate against the whole query, as it does
 * for any query an index serves. Only plain string and ObjectId values are taken as the key, the values
 * the library compares as they are.
 */
final class UniqueKeyLookup {

    private UniqueKeyLookup() {}

    /**
     * What a collection's query method answers: the matches among the candidates when a unique index gives
     * them, else the library's own way ({@code otherwise}).
     */
    static <P> QueryResult query(
            List<Index<P>> indexes,
            Document query,
            Function<Iterable<P>, QueryResult> matchAmong,
            Supplier<QueryResult> otherwise) {
        return candidates(indexes, query).map(matchAmong).orElseGet(otherwise);
    }

    /**
     * The positions whose documents may match, from the first unique index whose whole key the query gives
     * plain values for; empty when the query's fields are exactly an index's (the library serves it) or
     * none applies.
     */
    static <P> Optional<Iterable<P>> candidates(List<Index<P>> indexes, Document query) {
        for (Index<P> index : indexes) {
            Document key = keyOf(index, query);
            if (key != null && index.canHandle(key)) {
                return Optional.of(index.getPositions(key));
            }
        }
        return Optional.empty();
    }

    /** The query's values of the index's fields, or null unless the query has more fields, all plain. */
    private static Document keyOf(Index<?> index, Document query) {
        List<IndexKey> fields = index.getKeys();
        if (!index.isUnique() || query.size() <= fields.size()) {
            return null;
        }
        Document key = new Document();
        for (IndexKey field : fields) {
            Object value = query.get(field.getKey());
            if (!ScalarKeyUniqueIndex.isScalar(value)) {
                return null;
            }
            key.put(field.getKey(), value);
        }
        return key;
    }
}
