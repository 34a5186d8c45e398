package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoStoreIT {

    @TempDir
    Path dataDir;

    @Test
    void thePersistentStoreKeepsDocumentsAcrossARestart() throws IOException {
        int port = freePort();
        Path file = dataDir.resolve("nested/mongo.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, port)) {
            collection(store, client -> client.insertOne(new Document("_id", "m1").append("title", "Hello")));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, port)) {
            collection(
                    store,
                    client -> assertThat(client.find().first())
                            .isEqualTo(new Document("_id", "m1").append("title", "Hello")));
        }
    }

    /** The file as a killed process would leave it: copied while the store still runs. */
    @Test
    void anAnsweredWriteIsInTheFileBeforeTheStoreCloses() throws IOException {
        Path file = dataDir.resolve("mongo.mv");
        Path killed = dataDir.resolve("killed/mongo.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, freePort())) {
            collection(store, client -> client.insertOne(new Document("_id", "m1")));
            Files.createDirectories(killed.getParent());
            Files.copy(file, killed);
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(killed, freePort())) {
            collection(store, client -> assertThat(client.find().first()).isEqualTo(new Document("_id", "m1")));
        }
    }

    /**
     * The persistent store opens a collection's maps itself ({@link KeyServingH2Database}): a file written by
     * the library's own H2 backend reads the same, and the other way round.
     */
    @Test
    void theFileIsTheLibrarysFileBothWays() throws IOException {
        Path file = dataDir.resolve("mongo.mv");
        withLibraryBackend(file, client -> client.insertOne(new Document("_id", "m1").append("title", "Hello")));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, freePort())) {
            collection(store, client -> {
                assertThat(client.find().into(new ArrayList<>()))
                        .containsExactly(new Document("_id", "m1").append("title", "Hello"));
                client.insertOne(new Document("_id", "m2"));
            });
        }
        withLibraryBackend(
                file,
                client -> assertThat(client.countDocuments(new Document("_id", "m2")))
                        .isOne());
    }

    /** The acceptance mark's update by _id and status, which this store serves from the _id index. */
    @Test
    void thePersistentStoreUpdatesByIdAndStatus() throws IOException {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(dataDir.resolve("mongo.mv"), freePort())) {
            collection(store, client -> {
                client.insertMany(List.of(
                        new Document("_id", "m1").append("status", "PENDING"),
                        new Document("_id", "m2").append("status", "FAILED")));
                for (String id : List.of("m1", "m2")) {
                    client.updateOne(
                            new Document("_id", id).append("status", "PENDING"),
                            new Document("$set", new Document("status", "ACCEPTED")));
                }
                assertThat(client.find().map(d -> d.getString("status")).into(new ArrayList<>()))
                        .containsExactly("ACCEPTED", "FAILED");
            });
        }
    }

    @Test
    void theMemoryStoreStartsEmptyEveryTime() throws IOException {
        int port = freePort();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.inMemory(port)) {
            collection(store, client -> client.insertOne(new Document("_id", "m1")));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.inMemory(port)) {
            collection(store, client -> assertThat(client.countDocuments()).isZero());
        }
    }

    @Test
    void aTakenPortIsReportedWithTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedMongoStore.inMemory(taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
    }

    private static void withLibraryBackend(Path file, java.util.function.Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("inbox").getCollection("things"));
        } finally {
            server.shutdown(); // closes the backend, which writes the file
        }
    }

    private static void collection(
            EmbeddedMongoStore store, java.util.function.Consumer<MongoCollection<Document>> use) {
        try (MongoClient client = MongoClients.create(store.connectionString("inbox"))) {
            use.accept(client.getDatabase("inbox").getCollection("things"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
