package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;

/**
 * The in-memory backend of the benchmarks, with each document kept as its BSON bytes
 * ({@link CompactCollection}) instead of the library's tree of maps, entries and strings.
 *
 * <p>The store shares its heap with the app, the worker and the broker. What it keeps for each document
 * lives long, and G1's young pauses copy it until they tenure it: as the library's tree, dozens of objects
 * per document and the bulk of the pause that sets the intake's p99 at half rate. Here a document's bytes
 * share large chunks with others ({@link DocumentSlots}) and its unique keys are bytes in the indexes'
 * tables ({@link KeyTable}): no object per document is left for a pause to copy or scan.
 *
 * <p>The price is paid by reads: a query that no unique index answers (an inbox by userId, the dashboard's
 * counts) decodes every document it looks at. This store is for benchmarks and trying the service out;
 * production's MongoDB has the read indexes.
 */
final class CompactMemoryBackend extends AbstractMongoBackend {

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactDatabase(databaseName, getCursorRegistry());
    }

    private static final class CompactDatabase extends AbstractSynchronizedMongoDatabase<Integer> {

        CompactDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
            initializeNamespacesAndIndexes();
        }

        @Override
        protected MongoCollection<Integer> openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new CompactCollection(this, collectionName, options, cursorRegistry);
        }

        /**
         * A hash map from key to position, as the library's memory index, which a compact collection's
         * positions suit; with a shorter way to a document's key and smaller keys kept
         * ({@link ScalarKeyUniqueIndex}).
         */
        @Override
        protected Index<Integer> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return new ScalarKeyUniqueIndex(indexName, keys, sparse);
        }

        @Override
        protected long getStorageSize() {
            return 0;
        }

        @Override
        protected long getFileSize() {
            return 0;
        }
    }
}
