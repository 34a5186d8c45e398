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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the request records: the writes of concurrent calls go out together, one unordered
 * bulk write per group, from its writer threads (one by default). A call waits only while the group before it is
 * written, so a lone call goes out at once (on its own thread, when the store is idle) and a busy intake
 * pays one store round trip per group and kind of write (the driver sends a bulk write as one command per
 * kind: inserts, updates) instead of one per call. Each call still learns its own outcome:
 * written, duplicate key, or the store's error. A write nobody waits for ({@link #writeLater}) joins the
 * next group; closing writes whatever is queued before the writers stop.
 *
 * <p>Two calls with the same (authClientId, requestId) never share a group: {@link RequestLocks} runs
 * them one after the other.
 *
 * @param <T> what a call hands in; its {@link GroupWriter} turns it into the write
 */
final class GroupedWrites<T> implements AutoCloseable {

    /** One kind of grouped write: how an item becomes a write. */
    @FunctionalInterface
    interface GroupWriter<T> {

        WriteModel<Document> write(T item);
    }

    private static final Logger log = LoggerFactory.getLogger(GroupedWrites.class);

    private final MongoCollection<Document> collection;
    private final GroupWriter<T> writer;
    private final int maxGroup;
    private final long waitMillis;
    private final BlockingQueue<PendingWrite<T>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    /** Groups being written now, by writer threads or by a call itself (see {@link #writeNow}). */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Queued last by {@link #close}: a writer taking it writes its group and stops, and puts it back. */
    private final PendingWrite<T> stop = new PendingWrite<>(null, new CompletableFuture<>());

    private volatile boolean closed;

    /**
     * @param name names the writer threads ({@code inbox-<name>-writer-N})
     * @param waitMillis how long a call waits for its group to be written: beyond the driver's own
     *     timeouts, so that it normally sees the store's error rather than this bound
     */
    GroupedWrites(
            String name,
            MongoCollection<Document> collection,
            GroupWriter<T> writer,
            int writerThreads,
            int maxGroup,
            long waitMillis) {
        this.collection = collection;
        this.writer = writer;
        this.maxGroup = maxGroup;
        this.waitMillis = waitMillis;
        for (int i = 0; i < writerThreads; i++) {
            Thread thread = new Thread(this::writeGroups, "inbox-" + name + "-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            writers.add(thread);
        }
    }

    /** Returns true when the write was done, false when it would have duplicated a unique key. */
    boolean write(T item) {
        PendingWrite<T> pending = pending(item);
        if (queue.isEmpty() && inFlight.compareAndSet(0, 1)) {
            writeNow(pending);
        } else {
            queue.add(pending);
        }
        try {
            return pending.outcome().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoException("Interrupted while the dedupe record was written", e);
        } catch (TimeoutException e) {
            throw new MongoException("The request record was not written within " + waitMillis + " ms", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new MongoException("Writing the request record failed", e.getCause());
        }
    }

    /**
     * Queues the write and returns at once; the future settles as {@link #write} would answer (true, false,
     * or the store's error) once its group is written. Never throws: its caller has already answered.
     */
    CompletableFuture<Boolean> writeLater(T item) {
        if (closed) {
            return CompletableFuture.failedFuture(shuttingDown());
        }
        PendingWrite<T> pending = new PendingWrite<>(item, new CompletableFuture<>());
        queue.add(pending);
        return pending.outcome();
    }

    private PendingWrite<T> pending(T item) {
        if (closed) {
            throw shuttingDown();
        }
        return new PendingWrite<>(item, new CompletableFuture<>());
    }

    private static MongoException shuttingDown() {
        return new MongoException("The intake is shutting down");
    }

    /**
     * With nothing queued and nothing being written, the store is idle: the call writes its own record
     * on its own thread. Handing it to a writer thread and back cost two thread wake-ups, which on two
     * busy cores took about as long as the store's round trip (wall-clock profile at half the full rate).
     */
    private void writeNow(PendingWrite<T> pending) {
        try {
            write(List.of(pending));
        } catch (RuntimeException e) {
            pending.outcome().completeExceptionally(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void writeGroups() {
        List<PendingWrite<T>> group = new ArrayList<>(maxGroup);
        boolean stopping = false;
        while (!stopping) {
            try {
                group.add(queue.take());
                queue.drainTo(group, maxGroup - 1);
            } catch (InterruptedException e) {
                break;
            }
            stopping = group.removeIf(pending -> pending == stop);
            if (stopping) {
                queue.add(stop);
            }
            if (!group.isEmpty()) {
                writeGroup(group);
            }
            group.clear();
        }
    }

    private void writeGroup(List<PendingWrite<T>> group) {
        inFlight.incrementAndGet();
        try {
            write(group);
        } catch (RuntimeException e) {
            // write() settles every call of the group itself; this only keeps the writer alive.
            log.error("Request record writer failed unexpectedly", e);
            group.forEach(pending -> pending.outcome().completeExceptionally(e));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void write(List<PendingWrite<T>> group) {
        List<WriteModel<Document>> writes =
                group.stream().map(pending -> writer.write(pending.item())).toList();
        Map<Integer, BulkWriteError> errors;
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            errors = Map.of();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                // Whether the writes are durable is unknown: no call may count on its record.
                group.forEach(pending -> pending.outcome().completeExceptionally(e));
                return;
            }
            // An unordered bulk write reports an error per failed write, by its index; the others were done.
            errors = e.getWriteErrors().stream()
                    .collect(Collectors.toMap(BulkWriteError::getIndex, Function.identity()));
        } catch (MongoException e) {
            group.forEach(pending -> pending.outcome().completeExceptionally(e));
            return;
        }
        settleEach(group, errors);
    }

    private static <T> void settleEach(List<PendingWrite<T>> group, Map<Integer, BulkWriteError> errors) {
        for (int i = 0; i < group.size(); i++) {
            BulkWriteError error = errors.get(i);
            CompletableFuture<Boolean> outcome = group.get(i).outcome();
            if (error == null) {
                outcome.complete(true);
            } else if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                outcome.complete(false);
            } else {
                outcome.completeExceptionally(
                        new MongoException(error.getCode(), "Request record not written: " + error.getMessage()));
            }
        }
    }

    /**
     * Writes what is queued (the marks of calls already answered among it), then stops the writers. What a
     * stuck store leaves queued after that is told the store was not written, which answers a waiting call
     * U: a retry is safe.
     */
    @Override
    public void close() {
        closed = true;
        queue.add(stop);
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
                if (writer.isAlive()) {
                    writer.interrupt();
                    writer.join(TimeUnit.SECONDS.toMillis(1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        MongoException shutdown = shuttingDown();
        for (PendingWrite<T> pending; (pending = queue.poll()) != null; ) {
            pending.outcome().completeExceptionally(shutdown);
        }
    }

    private record PendingWrite<T>(T item, CompletableFuture<Boolean> outcome) {}
}
