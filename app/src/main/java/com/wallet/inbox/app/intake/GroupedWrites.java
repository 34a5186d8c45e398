package com.wallet.inbox.app.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the dedupe records: the writes of concurrent calls (today their inserts) go out
 * together, one unordered bulk write per group, from a few writer threads. A call waits only while the
 * group before it is written, so a lone call goes out at once and a busy intake pays one store round
 * trip per group instead of one per call. Each call still learns its own
 * outcome: written, duplicate key, or the store's error.
 *
 * <p>Two calls with the same (authClientId, requestId) never share a group: {@link RequestLocks} runs
 * them one after the other.
 */
final class GroupedWrites implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupedWrites.class);

    private final MongoCollection<Document> collection;
    private final int maxGroup;
    private final long waitMillis;
    private final BlockingQueue<PendingWrite> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param waitMillis how long a call waits for its group to be written: beyond the driver's own
     *     timeouts, so that it normally sees the store's error rather than this bound
     */
    GroupedWrites(MongoCollection<Document> collection, int writerThreads, int maxGroup, long waitMillis) {
        this.collection = collection;
        this.maxGroup = maxGroup;
        this.waitMillis = waitMillis;
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::writeGroups, "inbox-dedupe-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Returns true when the write was done, false when it would have duplicated a unique key. */
    boolean write(WriteModel<Document> write) {
        if (closed) {
            throw new MongoException("The intake is shutting down");
        }
        PendingWrite pending = new PendingWrite(write, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.outcome().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoException("Interrupted while the dedupe record was written", e);
        } catch (TimeoutException e) {
            throw new MongoException("The dedupe record was not written within " + waitMillis + " ms", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new MongoException("Writing the dedupe record failed", e.getCause());
        }
    }

    private void writeGroups() {
        List<PendingWrite> group = new ArrayList<>(maxGroup);
        while (!closed) {
            try {
                group.add(queue.take());
                queue.drainTo(group, maxGroup - 1);
                write(group);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                // write() settles every call of the group itself; this only keeps the writer alive.
                log.error("Dedupe writer failed unexpectedly", e);
                group.forEach(pending -> pending.outcome().completeExceptionally(e));
            }
            group.clear();
        }
    }

    private void write(List<PendingWrite> group) {
        List<WriteModel<Document>> writes =
                group.stream().map(PendingWrite::write).toList();
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            group.forEach(pending -> pending.outcome().complete(true));
        } catch (MongoBulkWriteException e) {
            settleEach(group, e);
        } catch (MongoException e) {
            group.forEach(pending -> pending.outcome().completeExceptionally(e));
        }
    }

    /** An unordered bulk write reports an error per failed write, by its index; the others were done. */
    private static void settleEach(List<PendingWrite> group, MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null) {
            // Whether the writes are durable is unknown: no call may count on its record.
            group.forEach(pending -> pending.outcome().completeExceptionally(e));
            return;
        }
        Map<Integer, BulkWriteError> errors =
                e.getWriteErrors().stream().collect(Collectors.toMap(BulkWriteError::getIndex, Function.identity()));
        for (int i = 0; i < group.size(); i++) {
            BulkWriteError error = errors.get(i);
            CompletableFuture<Boolean> outcome = group.get(i).outcome();
            if (error == null) {
                outcome.complete(true);
            } else if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                outcome.complete(false);
            } else {
                outcome.completeExceptionally(
                        new MongoException(error.getCode(), "Dedupe record not written: " + error.getMessage()));
            }
        }
    }

    /** Calls still queued are told the store was not written, which answers them U: a retry is safe. */
    @Override
    public void close() {
        closed = true;
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        MongoException shutdown = new MongoException("The intake is shutting down");
        for (PendingWrite pending; (pending = queue.poll()) != null; ) {
            pending.outcome().completeExceptionally(shutdown);
        }
    }

    private record PendingWrite(WriteModel<Document> write, CompletableFuture<Boolean> outcome) {}
}
