package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.wallet.inbox.app.support.TestServices;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Group commit of dedupe records against the MongoDB-wire store: each call learns its own outcome. */
class GroupedWritesTest {

    private static final int CALLS = 200;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> records;
    private GroupedWrites<WriteModel<Document>> writes;
    private final ExecutorService callers = Executors.newFixedThreadPool(32);

    @BeforeEach
    void start() {
        server = TestServices.newMongoServer();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServices.uriOf(server)))
                // Generous: on a busy 2-core machine a handshake can stall for more than a second.
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(10, TimeUnit.SECONDS))
                .build());
        records = client.getDatabase("grouped").getCollection("records");
        records.createIndex(Indexes.ascending("client", "requestId"), new IndexOptions().unique(true));
        writes = grouped(model -> model);
    }

    @AfterEach
    void stop() {
        writes.close();
        callers.shutdownNow();
        client.close();
        server.shutdownNow();
    }

    @Test
    void concurrentCallsAreAllInsertedOnce() throws Exception {
        List<Future<Boolean>> outcomes = sendConcurrently(CALLS, i -> record("r-" + i));

        for (Future<Boolean> outcome : outcomes) {
            assertThat(outcome.get(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(records.countDocuments()).isEqualTo(CALLS);
    }

    @Test
    void aTakenKeyIsReportedToItsCallerAloneWhileTheRestOfItsGroupIsInserted() throws Exception {
        for (int i = 0; i < CALLS; i += 2) {
            records.insertOne(record("r-" + i));
        }

        List<Future<Boolean>> outcomes = sendConcurrently(CALLS, i -> record("r-" + i));

        for (int i = 0; i < CALLS; i++) {
            assertThat(outcomes.get(i).get(1, TimeUnit.MINUTES))
                    .as("call %d (its key was %s)", i, i % 2 == 0 ? "taken" : "free")
                    .isEqualTo(i % 2 == 1);
        }
        assertThat(records.countDocuments()).isEqualTo(CALLS);
    }

    @Test
    void updatesOfOneGroupAreEachApplied() throws Exception {
        sendConcurrently(CALLS, i -> record("r-" + i)).forEach(GroupedWritesTest::join);

        List<Future<Boolean>> outcomes = submitConcurrently(
                CALLS, i -> new UpdateOneModel<>(Filters.eq("requestId", "r-" + i), Updates.set("mark", i)));

        outcomes.forEach(GroupedWritesTest::join);
        for (int i = 0; i < CALLS; i += 37) {
            assertThat(records.find(Filters.eq("requestId", "r-" + i)).first().getInteger("mark"))
                    .isEqualTo(i);
        }
    }

    @Test
    void aStoreThatIsDownFailsTheCallWithTheStoresError() {
        server.shutdownNow();

        assertThatThrownBy(() -> writes.write(new InsertOneModel<>(record("r-down"))))
                .isInstanceOf(MongoException.class);
    }

    @Test
    void aClosedWriterRefusesNewCalls() {
        writes.close();

        assertThatThrownBy(() -> writes.write(new InsertOneModel<>(record("r-late"))))
                .isInstanceOf(MongoException.class)
                .hasMessageContaining("shutting down");
        assertThat(records.countDocuments()).isZero();
    }

    @Test
    void aLoneCallOnAnIdleStoreIsWrittenOnItsOwnThread() {
        Queue<String> writingThreads = new ConcurrentLinkedQueue<>();
        writes.close();
        writes = grouped(item -> {
            writingThreads.add(Thread.currentThread().getName());
            return item;
        });

        assertThat(writes.write(new InsertOneModel<>(record("r-alone")))).isTrue();

        assertThat(writingThreads).containsExactly(Thread.currentThread().getName());
        assertThat(records.countDocuments(Filters.eq("requestId", "r-alone"))).isOne();
    }

    @Test
    void writesNobodyWaitsForAreAllWrittenByTheTimeCloseReturns() {
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            outcomes.add(writes.writeLater(new InsertOneModel<>(record("r-" + i))));
        }

        writes.close();

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isCompletedWithValue(true));
        assertThat(records.countDocuments()).isEqualTo(CALLS);
    }

    @Test
    void aWriteNobodyWaitsForLearnsItsDuplicateKeyFromItsFuture() throws Exception {
        records.insertOne(record("r-taken"));

        CompletableFuture<Boolean> outcome = writes.writeLater(new InsertOneModel<>(record("r-taken")));

        assertThat(outcome.get(1, TimeUnit.MINUTES)).isFalse();
    }

    @Test
    void aClosedWriterFailsALaterWriteWithoutThrowing() {
        writes.close();

        CompletableFuture<Boolean> outcome = writes.writeLater(new InsertOneModel<>(record("r-late")));

        assertThat(outcome).isCompletedExceptionally();
        assertThatThrownBy(outcome::join).hasMessageContaining("shutting down");
        assertThat(records.countDocuments()).isZero();
    }

    private GroupedWrites<WriteModel<Document>> grouped(GroupedWrites.GroupWriter<WriteModel<Document>> writer) {
        return new GroupedWrites<>("test", records, writer, 2, 16, 30_000);
    }

    private List<Future<Boolean>> sendConcurrently(int calls, IntFunction<Document> document) {
        return submitConcurrently(calls, i -> new InsertOneModel<>(document.apply(i)));
    }

    private List<Future<Boolean>> submitConcurrently(int calls, IntFunction<WriteModel<Document>> write) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            WriteModel<Document> next = write.apply(i);
            outcomes.add(callers.submit(() -> {
                start.await();
                return writes.write(next);
            }));
        }
        start.countDown();
        return outcomes;
    }

    private static boolean join(Future<Boolean> outcome) {
        try {
            return outcome.get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Document record(String requestId) {
        return new Document("client", "c-1").append("requestId", requestId);
    }
}
