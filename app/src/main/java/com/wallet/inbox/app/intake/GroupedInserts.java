package com.wallet.inbox.app.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
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
 * Group commit for the dedupe records: the inserts of concurrent calls are written together, one unordered
 * {@code insertMany} per group, by a few writer threads. A call waits only while the group before it is
 * written, so a lone call goes out at once and a busy intake pays one store round trip per group instead
 * of one per call. Each call still learns its own outcome: inserted, duplicate key, or the store's error.
 *
 * <p>Two calls with the same (authClientId, requestId) never share a group: {@link RequestLocks} runs
 * them one after the other.
 */
final class GroupedInserts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupedInserts.class);

    private final MongoCollection<Document> collection;
    private final int maxGroup;
    private final long waitMillis;
    private final BlockingQueue<PendingInsert> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param waitMillis how long a call waits for its group to be written: beyond the driver's own
     *     timeouts, so that it normally sees the store's error rather than this bound
     */
    GroupedInserts(MongoCollection<Document> collection, int writerThreads, int maxGroup, long waitMillis) {
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

    /** Returns true when the document was inserted, false when its unique key was already taken. */
    boolean insert(Document document) {
        if (closed) {
            throw new MongoException("The intake is shutting down");
        }
        PendingInsert pending = new PendingInsert(document, new CompletableFuture<>());
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
        List<PendingInsert> group = new ArrayList<>(maxGroup);
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

    private void write(List<PendingInsert> group) {
        List<Document> documents = group.stream().map(PendingInsert::document).toList();
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
            group.forEach(pending -> pending.outcome().complete(true));
        } catch (MongoBulkWriteException e) {
            settleEach(group, e);
        } catch (MongoException e) {
            group.forEach(pending -> pending.outcome().completeExceptionally(e));
        }
    }

    /** An unordered insert reports an error per failed document, by its index; the others were inserted. */
    private static void settleEach(List<PendingInsert> group, MongoBulkWriteException e) {
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
        for (PendingInsert pending; (pending = queue.poll()) != null; ) {
            pending.outcome().completeExceptionally(shutdown);
        }
    }

    private record PendingInsert(Document document, CompletableFuture<Boolean> outcome) {}
}
