package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
