package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend whose file holds every answered command whole and no part of a command in flight.
 *
 * <p>The plain {@link H2Backend} leaves writing to the MVStore, which writes whenever it likes: its
 * background thread about once a second, and a command's own thread once unsaved changes pile up (19 MB).
 * A killed process then lost the last second of writes it had acknowledged (dedupe records, so a retried
 * requestId was accepted again under a new messageId; stored messages whose Kafka offsets the worker had
 * committed, lost for good), and it could leave part of a command: a message without its {@code _id} index
 * entry, on which every replay of the worker's batch failed.
 *
 * <p>Here the MVStore never writes by itself. Commands run side by side under a shared lock; after each,
 * before its answer leaves, a commit under the exclusive lock waits for the commands in flight and writes
 * every change made so far, so concurrent commands share commits. The chunk housekeeping the background
 * thread did (rewriting chunks that hold few live pages, so their space can be reused) runs under the same
 * exclusive lock, since it writes the maps' current state too.
 *
 * <p>A commit writes to the file but does not fsync it: the data survives a killed process (it is in the
 * operating system's cache), not a power cut or a kernel crash. Each commit writes a new chunk, and H2
 * keeps superseded chunks for 45 s by default as a guard against exactly those; at a few hundred commits
 * a second that made the file grow to gigabytes, so they are reused at once instead. After a power cut
 * the file may be unreadable: this store is for trying the service out; production runs on MongoDB.
 */
final class CommittingH2Backend extends H2Backend {

    private static final long HOUSEKEEPING_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Chunks are rewritten while their live share is below this, about where H2's own housekeeping aims. */
    private static final int TARGET_FILL_PERCENT = 80;
    /** At most this much is rewritten in one pass, so a pass holds the commands up for milliseconds. */
    private static final int REWRITE_BYTES_PER_PASS = 4 * 1024 * 1024;

    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
    /** Guarded by the exclusive lock. */
    private long lastHousekeeping = System.nanoTime();

    CommittingH2Backend(Path file) {
        super(openWithoutAutoCommit(file));
    }

    private static MVStore openWithoutAutoCommit(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled() // no background thread
                .autoCommitBufferSize(0) // no write from a command's thread when its changes pile up
                .open();
        store.setRetentionTime(0);
        return store;
    }

    /**
     * Commits after failed commands too (an unordered bulk write may have stored part of its documents),
     * and after reads: a read may return another command's change that is not in the file yet, and an
     * answer must not tell more than the file holds.
     */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        commands.readLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commands.readLock().unlock();
            // A command the library runs from within another commits with the outer one: waiting for the
            // exclusive lock while this thread still holds the shared one would never end.
            if (commands.getReadHoldCount() == 0) {
                commitAlone();
            }
        }
    }

    /** The last commit, once the commands in flight are done. */
    @Override
    public void close() {
        commands.writeLock().lock();
        try {
            super.close();
        } finally {
            commands.writeLock().unlock();
        }
    }

    private void commitAlone() {
        commands.writeLock().lock();
        try {
            commit();
            rewriteSparseChunksNowAndThen();
        } finally {
            commands.writeLock().unlock();
        }
    }

    private void rewriteSparseChunksNowAndThen() {
        long now = System.nanoTime();
        if (now - lastHousekeeping < HOUSEKEEPING_INTERVAL_NANOS) {
            return;
        }
        lastHousekeeping = now;
        if (getMvStore().compact(TARGET_FILL_PERCENT, REWRITE_BYTES_PER_PASS)) {
            commit(); // writes the rewritten pages, so that the old chunks can be reused
        }
    }

    /** The library's database, serving more queries from its unique indexes ({@link KeyServingH2Collection}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyServingDatabase(databaseName);
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
