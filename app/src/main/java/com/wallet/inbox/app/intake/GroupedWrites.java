package com.wallet.inbox.app.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Group commit for the request records: the writes of concurrent calls go out together, one unordered
 * bulk write per group. Each call still learns its own outcome: written, duplicate key, or the store's
 * error.
 *
 * <p>The calls write the groups themselves, at most {@code concurrentGroups} at a time. A call that finds
 * a free slot writes its own write at once; the others queue, and a caller that has written its group
 * hands the next group (everything queued, up to {@code maxGroup}) to the oldest waiting call, which
 * writes it in turn. So a lone call costs one store round trip and no thread hand-over, and a busy intake
 * one round trip per group instead of one per call. (Dedicated writer threads cost two hand-overs per
 * write, which on two cores under load took as long as the store's round trip itself.)
 *
 * <p>Two calls with the same (authClientId, requestId) never share a group: {@link RequestLocks} runs
 * them one after the other.
 *
 * @param <T> what a call hands in; its {@link GroupWriter} turns it into the write
 */
final class GroupedWrites<T> implements AutoCloseable {

    /** One kind of grouped write: how an item becomes a write, and what a written group needs after. */
    @FunctionalInterface
    interface GroupWriter<T> {

        WriteModel<Document> write(T item);

        /**
         * Runs once the group's bulk write is done, with the items that were written, before their calls
         * are answered. A store error here fails those calls.
         */
        default void afterGroup(List<T> written) {}
    }

    private final MongoCollection<Document> collection;
    private final GroupWriter<T> writer;
    private final int concurrentGroups;
    private final int maxGroup;
    private final long waitMillis;
    private final ReentrantLock lock = new ReentrantLock();
    /** Calls waiting for a group; not empty only while every slot is writing. Guarded by {@link #lock}. */
    private final Deque<PendingWrite<T>> queue = new ArrayDeque<>();
    /** Groups being written now. Guarded by {@link #lock}. */
    private int writing;
    /** Guarded by {@link #lock}. */
    private boolean closed;

    /**
     * @param concurrentGroups how many groups may be written at the same time
     * @param waitMillis how long a queued call waits for its group to start being written: beyond the
     *     driver's own timeouts, so that it normally sees the store's error rather than this bound
     */
    GroupedWrites(
            MongoCollection<Document> collection,
            GroupWriter<T> writer,
            int concurrentGroups,
            int maxGroup,
            long waitMillis) {
        this.collection = collection;
        this.writer = writer;
        this.concurrentGroups = concurrentGroups;
        this.maxGroup = maxGroup;
        this.waitMillis = waitMillis;
    }

    /** Returns true when the write was done, false when it would have duplicated a unique key. */
    boolean write(T item) {
        PendingWrite<T> mine = new PendingWrite<>(item);
        List<PendingWrite<T>> group = enqueue(mine);
        if (group == null) {
            group = awaitTurn(mine);
        }
        if (group != null) {
            writeAndHandOver(group);
        }
        return outcome(mine);
    }

    /** Returns the call's own group when a slot is free; else the call is queued and null returned. */
    private List<PendingWrite<T>> enqueue(PendingWrite<T> mine) {
        lock.lock();
        try {
            if (closed) {
                throw new MongoException("The intake is shutting down");
            }
            if (writing < concurrentGroups) {
                writing++;
                return List.of(mine); // a free slot means nobody is queued
            }
            queue.addLast(mine);
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the call is answered (null) or handed a group to write. A call that gives up before its
     * group was taken leaves the queue, unwritten; once taken, its group is written whatever happens here.
     */
    private List<PendingWrite<T>> awaitTurn(PendingWrite<T> mine) {
        CompletableFuture<Object> answeredOrTurn = CompletableFuture.anyOf(mine.outcome, mine.turn);
        try {
            answeredOrTurn.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            leaveQueue(mine, new MongoException("Interrupted while the request record waited to be written", e));
        } catch (TimeoutException e) {
            leaveQueue(mine, new MongoException("The request record was not written within " + waitMillis + " ms", e));
        } catch (ExecutionException e) {
            return null; // answered with the store's error
        }
        // Taken into a group by now: either this call writes it, or it is answered soon by whoever does.
        answeredOrTurn.exceptionally(answeredWithError -> null).join();
        return mine.turn.isDone() ? mine.turn.join() : null;
    }

    private void leaveQueue(PendingWrite<T> mine, MongoException reason) {
        lock.lock();
        try {
            if (queue.remove(mine)) {
                throw reason;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes the group, then hands the slot to the oldest queued call with the next group, or frees it. */
    private void writeAndHandOver(List<PendingWrite<T>> group) {
        try {
            write(group);
        } catch (RuntimeException e) {
            // write() settles every call of the group itself; this is for the unexpected.
            group.forEach(pending -> pending.outcome.completeExceptionally(e));
        } finally {
            List<PendingWrite<T>> next = nextGroup();
            if (next != null) {
                next.get(0).turn.complete(next);
            }
        }
    }

    private List<PendingWrite<T>> nextGroup() {
        lock.lock();
        try {
            if (queue.isEmpty()) {
                writing--;
                return null;
            }
            List<PendingWrite<T>> next = new ArrayList<>(Math.min(maxGroup, queue.size()));
            while (next.size() < maxGroup && !queue.isEmpty()) {
                next.add(queue.pollFirst());
            }
            return next;
        } finally {
            lock.unlock();
        }
    }

    private boolean outcome(PendingWrite<T> mine) {
        try {
            // Settled by now, or about to be by the call writing its group.
            return mine.outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoException("Interrupted while the request record was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new MongoException("Writing the request record failed", e.getCause());
        }
    }

    private void write(List<PendingWrite<T>> group) {
        List<WriteModel<Document>> writes =
                group.stream().map(pending -> writer.write(pending.item)).toList();
        Map<Integer, BulkWriteError> errors;
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            errors = Map.of();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                // Whether the writes are durable is unknown: no call may count on its record.
                group.forEach(pending -> pending.outcome.completeExceptionally(e));
                return;
            }
            // An unordered bulk write reports an error per failed write, by its index; the others were done.
            errors = e.getWriteErrors().stream()
                    .collect(Collectors.toMap(BulkWriteError::getIndex, Function.identity()));
        } catch (MongoException e) {
            group.forEach(pending -> pending.outcome.completeExceptionally(e));
            return;
        }
        settleEach(group, errors);
    }

    private void settleEach(List<PendingWrite<T>> group, Map<Integer, BulkWriteError> errors) {
        List<PendingWrite<T>> written = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            BulkWriteError error = errors.get(i);
            CompletableFuture<Boolean> outcome = group.get(i).outcome;
            if (error == null) {
                written.add(group.get(i));
            } else if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                outcome.complete(false);
            } else {
                outcome.completeExceptionally(
                        new MongoException(error.getCode(), "Request record not written: " + error.getMessage()));
            }
        }
        try {
            if (!written.isEmpty()) {
                writer.afterGroup(written.stream().map(pending -> pending.item).toList());
            }
            written.forEach(pending -> pending.outcome.complete(true));
        } catch (MongoException e) {
            written.forEach(pending -> pending.outcome.completeExceptionally(e));
        }
    }

    /** Calls waiting for a slot now. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new calls, and answers the queued ones that the store was not written, which answers them
     * U: a retry is safe. Groups being written finish.
     */
    @Override
    public void close() {
        List<PendingWrite<T>> abandoned;
        lock.lock();
        try {
            closed = true;
            abandoned = new ArrayList<>(queue);
            queue.clear();
        } finally {
            lock.unlock();
        }
        MongoException shutdown = new MongoException("The intake is shutting down");
        abandoned.forEach(pending -> pending.outcome.completeExceptionally(shutdown));
    }

    /** A call's write: its outcome, and the group it is handed to write when its turn comes. */
    private static final class PendingWrite<T> {
        final T item;
        final CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        final CompletableFuture<List<PendingWrite<T>>> turn = new CompletableFuture<>();

        PendingWrite(T item) {
            this.item = item;
        }
    }
}
