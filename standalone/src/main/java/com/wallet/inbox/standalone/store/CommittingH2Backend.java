package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;

/**
 * An H2 backend whose changes are in its file before the command that made them is answered.
 *
 * <p>The plain {@link H2Backend} leaves writing to the MVStore's background thread, about once a second,
 * so a killed process lost the last second of writes it had acknowledged: dedupe records (a retried
 * requestId was then accepted again, under a new messageId) and stored messages whose Kafka offsets the
 * worker had already committed (lost for good). Here every command commits before its answer leaves;
 * concurrent commands share commits, since one stores every change made so far.
 *
 * <p>A commit writes to the file but does not fsync it: the data survives a killed process (it is in the
 * operating system's cache), not a power cut or a kernel crash. Each commit writes a new chunk, and H2
 * keeps superseded chunks for 45 s by default as a guard against exactly those; at a few hundred commits
 * a second that made the file grow to gigabytes, so they are reused at once instead (the background
 * thread, kept on, is what frees them). After a power cut the file may be unreadable: this store is for
 * trying the service out; production runs on MongoDB.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(Path file) {
        super(file.toString());
        getMvStore().setRetentionTime(0);
    }

    /** The library's database, serving more queries from its unique indexes ({@link KeyServingH2Collection}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyServingDatabase(databaseName);
    }

    /**
     * Commits after failed commands too (an unordered bulk write may have stored part of its documents),
     * and after reads: a read may return another command's change that is not in the file yet, and an
     * answer must not tell more than the file holds.
     */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commit();
            // The background thread may have taken this command's change into a commit of its own that
            // it is still writing, and then commit() finds nothing to do: wait for the writes in flight.
            getMvStore().getFileStore().executeFileStoreOperation(() -> {});
        }
    }

    /**
     * Opens each collection's maps under the names the library's {@link H2Database} gives them, so that a
     * file written by either reads the same ({@code EmbeddedMongoStoreIT} checks it). An inner class because
     * the library's constructor opens the collections already in the file before any field of a subclass
     * is set, and the backend's store is reachable from it all the same.
     */
    private final class KeyServingDatabase extends H2Database {

        KeyServingDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new KeyServingH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }
}
