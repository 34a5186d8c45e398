package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed process leaves in the file: every answered command whole, and no part of a command that
 * was not answered. A copy of the file taken while the store runs is what a kill would leave.
 */
class CommittingH2BackendIT {

    /**
     * One insert command: the driver sends up to 1,000 documents or 16 MB in one. In the MVStore's memory
     * these take more than the 19 MB of unsaved changes it would otherwise buffer before writing by itself.
     */
    private static final int BIG_DOCUMENTS = 1_000;

    private static final String PAYLOAD = "x".repeat(12 * 1024);

    /** One update command over this many documents runs long enough to be seen midway. */
    private static final int LONG_UPDATE_DOCUMENTS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void aBigCommandReachesTheFileAsOneCommit() {
        Path file = dataDir.resolve("mongo.mv");
        CommittingH2Backend backend = new CommittingH2Backend(file);
        withServer(backend, database -> {
            MongoCollection<Document> things = database.getCollection("things");
            long before = backend.getMvStore().getCurrentVersion();
            things.insertMany(bigDocuments());
            assertThat(backend.getMvStore().getCurrentVersion()).isEqualTo(before + 1);
        });
    }

    /**
     * Commands answered while a long update runs are in the file when they are answered, and the file holds
     * the update whole or not at all. The commands go to another collection, so that only the commits could
     * make them wait for the update; the old backend answered them midway and its file then held part of it.
     */
    @Test
    void commandsAnsweredDuringALongUpdateLeaveNoPartOfIt() throws IOException {
        Path file = dataDir.resolve("mongo.mv");
        Document updated = new Document("round", 1);
        List<Path> killedFiles = new ArrayList<>();
        withServer(new CommittingH2Backend(file), database -> {
            MongoCollection<Document> things = database.getCollection("things");
            things.insertMany(IntStream.range(0, LONG_UPDATE_DOCUMENTS)
                    .mapToObj(i -> new Document("_id", "m" + i).append("round", 0))
                    .toList());
            CompletableFuture<Void> longUpdate =
                    CompletableFuture.runAsync(() -> things.updateMany(new Document(), new Document("$set", updated)));
            while (!longUpdate.isDone()) {
                int answered = killedFiles.size();
                database.getCollection("others").insertOne(new Document("_id", answered));
                killedFiles.add(copy(file, dataDir.resolve("killed-" + answered + "/mongo.mv")));
            }
            longUpdate.join();
        });
        assertThat(killedFiles).as("commands sent while the update ran").isNotEmpty();
        for (int answered = 0; answered < killedFiles.size(); answered++) {
            int id = answered;
            withServer(new CommittingH2Backend(killedFiles.get(answered)), database -> {
                assertThat(database.getCollection("others").countDocuments(new Document("_id", id)))
                        .isOne();
                assertThat(database.getCollection("things").countDocuments(updated))
                        .isIn(0L, (long) LONG_UPDATE_DOCUMENTS);
            });
        }
    }

    /**
     * A commit per command writes a chunk per command. The superseded ones are reused at once: kept for H2's
     * default 45 s instead, this file grew to 112 MB, against 10 MB here.
     */
    @Test
    void messagesStoredOneCommandAtATimeReuseTheFileSpace() throws IOException {
        Path file = dataDir.resolve("mongo.mv");
        int messages = 2_000;
        withServer(new CommittingH2Backend(file), database -> {
            MongoCollection<Document> things = database.getCollection("things");
            for (int i = 0; i < messages; i++) {
                String id = UUID.randomUUID().toString();
                things.insertOne(
                        new Document("_id", id).append("status", "PENDING").append("body", "y".repeat(300)));
                things.updateOne(new Document("_id", id), new Document("$set", new Document("status", "DELIVERED")));
            }
        });
        assertThat(Files.size(file)).isLessThan(messages * 16L * 1024);
    }

    private static List<Document> bigDocuments() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < BIG_DOCUMENTS; i++) {
            documents.add(new Document("_id", "big-" + i).append("payload", PAYLOAD));
        }
        return documents;
    }

    private static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void withServer(CommittingH2Backend backend, Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("inbox"));
        } finally {
            server.shutdown(); // closes the backend, which writes the file
        }
    }
}
