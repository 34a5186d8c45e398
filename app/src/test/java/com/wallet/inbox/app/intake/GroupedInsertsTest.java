package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.wallet.inbox.app.support.TestServices;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Group commit of dedupe records against the MongoDB-wire store: each call learns its own outcome. */
class GroupedInsertsTest {

    private static final int CALLS = 200;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> records;
    private GroupedInserts inserts;
    private final ExecutorService callers = Executors.newFixedThreadPool(32);

    @BeforeEach
    void start() {
        server = TestServices.newMongoServer();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServices.uriOf(server)))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(1, TimeUnit.SECONDS))
                .build());
        records = client.getDatabase("grouped").getCollection("records");
        records.createIndex(Indexes.ascending("client", "requestId"), new IndexOptions().unique(true));
        inserts = new GroupedInserts(records, 2, 16, 30_000);
    }

    @AfterEach
    void stop() {
        inserts.close();
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
    void aStoreThatIsDownFailsTheCallWithTheStoresError() {
        server.shutdownNow();

        assertThatThrownBy(() -> inserts.insert(record("r-down"))).isInstanceOf(MongoException.class);
    }

    @Test
    void aClosedWriterRefusesNewCalls() {
        inserts.close();

        assertThatThrownBy(() -> inserts.insert(record("r-late")))
                .isInstanceOf(MongoException.class)
                .hasMessageContaining("shutting down");
        assertThat(records.countDocuments()).isZero();
    }

    private List<Future<Boolean>> sendConcurrently(int calls, java.util.function.IntFunction<Document> document)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Document next = document.apply(i);
            outcomes.add(callers.submit(() -> {
                start.await();
                return inserts.insert(next);
            }));
        }
        start.countDown();
        return outcomes;
    }

    private static Document record(String requestId) {
        return new Document("client", "c-1").append("requestId", requestId);
    }
}
