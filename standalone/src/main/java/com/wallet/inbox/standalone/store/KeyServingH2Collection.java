package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection, which also serves from a unique index the queries that name its whole key
 * and more ({@link UniqueKeyLookup}).
 */
final class KeyServingH2Collection extends H2Collection {

    KeyServingH2Collection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, collectionName, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return UniqueKeyLookup.query(
                getIndexes(),
                query,
                positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector),
                () -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
    }
}
