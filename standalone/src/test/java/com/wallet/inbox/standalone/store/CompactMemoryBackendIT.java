package com.wallet.inbox.standalone.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compact backend answers every command as the library's memory backend does: each test sends the
 * same commands to both, over the MongoDB wire with the real driver, compares the answers, and checks
 * what the answer must be.
 */
class CompactMemoryBackendIT {

    private static final String THINGS = "things";

    private static MongoServer libraryServer;
    private static MongoServer compactServer;
    private static MongoClient libraryClient;
    private static MongoClient compactClient;

    private MongoDatabase library;
    private MongoDatabase compact;

    @BeforeAll
    static void startBoth() {
        libraryServer = new MongoServer(new MemoryBackend());
        compactServer = new MongoServer(new CompactMemoryBackend());
        libraryClient = client(libraryServer.bind());
        compactClient = client(compactServer.bind());
    }

    @AfterAll
    static void stopBoth() {
        libraryClient.close();
        compactClient.close();
        libraryServer.shutdownNow();
        compactServer.shutdownNow();
    }

    @BeforeEach
    void freshDatabases() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        library = libraryClient.getDatabase(name);
        compact = compactClient.getDatabase(name);
    }

    @Test
    void aDocumentComesBackAsItWasStored() {
        Document message = new Document("_id", "m1")
                .append("userId", "u1")
                .append("deliveredAt", new Date(1_764_000_000_000L))
                .append("templateVersion", 3L)
                .append("attempts", 2)
                .append("score", 0.5)
                .append("read", false)
                .append("extendInfo", null)
                .append(
                        "contents",
                        List.of(
                                new Document("language", "en-US").append("title", "Hello"),
                                new Document("language", "zh-CN").append("title", "你好")));

        Object stored = bothAnswer(db -> {
            things(db).insertOne(message);
            return things(db).find(eq("_id", "m1")).first();
        });

        assertThat(stored).isEqualTo(message);
    }

    /** The acceptance marks' command: one update of a group of records by _id. */
    @Test
    void anUpdateByIdsChangesOnlyThoseDocuments() {
        Object after = bothAnswer(db -> {
            things(db).insertMany(List.of(pending("r1"), pending("r2"), pending("r3")));
            long modified = things(db)
                    .updateMany(in("_id", "r1", "r3"), set("status", "ACCEPTED"))
                    .getModifiedCount();
            return List.of(modified, statuses(db));
        });

        assertThat(after).isEqualTo(List.of(2L, List.of("ACCEPTED", "PENDING", "ACCEPTED")));
    }

    /**
     * The acceptance mark's command: an update by _id that also names the status it expects, which leaves a
     * record in any other status as it is. The compact backend finds it through the _id index.
     */
    @Test
    void anUpdateByIdAndStatusChangesTheDocumentOnlyInThatStatus() {
        Object after = bothAnswer(db -> {
            things(db).insertMany(List.of(pending("r1"), pending("r2"), pending("r3")));
            things(db).updateOne(eq("_id", "r2"), set("status", "FAILED"));
            List<Long> modified = new ArrayList<>();
            for (String id : List.of("r1", "r2", "r9")) {
                Document pendingOne = new Document("_id", id).append("status", "PENDING");
                modified.add(things(db)
                        .updateOne(pendingOne, set("status", "ACCEPTED"))
                        .getModifiedCount());
            }
            return List.of(modified, statuses(db));
        });

        assertThat(after).isEqualTo(List.of(List.of(1L, 0L, 0L), List.of("ACCEPTED", "FAILED", "PENDING")));
    }

    /** A unique key with more conditions, some of them operators: only the documents meeting all match. */
    @Test
    void aQueryOnAUniqueKeyAndMoreMatchesEveryCondition() {
        Object after = bothAnswer(db -> {
            things(db).createIndex(Indexes.ascending("userId", "requestId"), new IndexOptions().unique(true));
            things(db).insertMany(List.of(pending("r1"), pending("r2").append("n", 5)));
            Document keyAndMore =
                    new Document("userId", "u1").append("requestId", "req-r2").append("n", new Document("$gt", 3));
            Document keyAndLess =
                    new Document("userId", "u1").append("requestId", "req-r2").append("n", new Document("$lt", 3));
            Document idAndOr = new Document("_id", "r1")
                    .append("$or", List.of(new Document("n", 5), new Document("status", "PENDING")));
            return List.of(
                    ids(things(db).find(keyAndMore)),
                    ids(things(db).find(keyAndLess)),
                    ids(things(db).find(idAndOr)),
                    things(db)
                            .deleteMany(new Document("_id", "r2").append("status", "PENDING"))
                            .getDeletedCount(),
                    ids(things(db).find()));
        });

        assertThat(after).isEqualTo(List.of(List.of("r2"), List.of(), List.of("r1"), 1L, List.of("r1")));
    }

    @Test
    void anUpdateThatWouldBreakAUniqueIndexIsRefusedAndChangesNothing() {
        Object after = bothAnswer(db -> {
            things(db).createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true));
            things(db).insertMany(List.of(pending("r1"), pending("r2")));
            Object refused = answer(db, d -> things(d).updateOne(eq("_id", "r2"), set("requestId", "req-r1")));
            return List.of(refused, requestIds(db));
        });

        assertThat(after).isEqualTo(List.of("error 11000", List.of("req-r1", "req-r2")));
    }

    /** The dedupe's command: an unordered insert of a group, where one request is a repeat. */
    @Test
    void aDuplicateInAnUnorderedInsertIsRefusedAndTheOthersAreStored() {
        Object after = bothAnswer(db -> {
            things(db).createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true));
            things(db).insertOne(pending("r1"));
            Document repeat = pending("r9").append("requestId", "req-r1");
            Object refused = answer(
                    db,
                    d -> things(d)
                            .insertMany(
                                    List.of(pending("r2"), repeat, pending("r3")),
                                    new InsertManyOptions().ordered(false)));
            return List.of(refused, requestIds(db));
        });

        assertThat(after).isEqualTo(List.of("bulk errors [1:11000]", List.of("req-r1", "req-r2", "req-r3")));
    }

    /**
     * The dedupe's own index, on two fields: a repeat is refused with the same message, naming the key; a
     * record whose key changes frees its old key and takes the new one.
     */
    @Test
    void aCompoundUniqueIndexRefusesARepeatAndFollowsAChangedKey() {
        Object after = bothAnswer(db -> {
            things(db)
                    .createIndex(
                            Indexes.ascending("authClientId", "requestId"),
                            new IndexOptions().unique(true).name("dedupe"));
            things(db).insertOne(pending("r1").append("authClientId", "c1"));
            things(db).insertOne(pending("r2").append("authClientId", "c2").append("requestId", "req-r1"));
            String repeat = message(() -> things(db)
                    .insertOne(pending("r3").append("authClientId", "c1").append("requestId", "req-r1")));
            things(db).updateOne(eq("_id", "r1"), set("requestId", "req-r1b"));
            things(db).insertOne(pending("r4").append("authClientId", "c1").append("requestId", "req-r1"));
            String clash = message(() -> things(db).updateOne(eq("_id", "r2"), set("authClientId", "c1")));
            return List.of(repeat, clash, requestIds(db));
        });

        assertThat(after)
                .asString()
                .contains("dup key: { authClientId: \"c1\", requestId: \"req-r1\" }")
                .endsWith("[req-r1b, req-r1, req-r1]]");
    }

    /** Numbers are keyed as the library keys them: 1 and 1.0 are the same key. */
    @Test
    void aNumericKeyIsTheSameKeyWhateverItsType() {
        Object after = bothAnswer(db -> {
            things(db).createIndex(Indexes.ascending("templateCode", "version"), new IndexOptions().unique(true));
            things(db)
                    .insertOne(new Document("_id", "t1")
                            .append("templateCode", "T")
                            .append("version", 1));
            return message(() -> things(db)
                    .insertOne(new Document("_id", "t2")
                            .append("templateCode", "T")
                            .append("version", 1.0)));
        });

        assertThat(after).asString().contains("E11000");
    }

    @Test
    void anObjectIdIsAKeyOfItsOwn() {
        ObjectId id = new ObjectId();
        Object after = bothAnswer(db -> {
            things(db).insertOne(new Document("_id", id));
            String repeat = message(() -> things(db).insertOne(new Document("_id", id)));
            things(db).deleteOne(eq("_id", id));
            things(db).insertOne(new Document("_id", id).append("n", 2));
            return List.of(repeat, things(db).find(eq("_id", id)).into(new ArrayList<>()));
        });

        assertThat(after)
                .isEqualTo(List.of(
                        "E11000 duplicate key error collection: " + compact.getName()
                                + ".things index: _id_ dup key: { _id: " + id.toHexString() + " }",
                        List.of(new Document("_id", id).append("n", 2))));
    }

    /** The collection's size in collStats follows inserts, updates that grow a document, and deletes. */
    @Test
    void theCollectionsSizeIsTheSumOfItsDocumentsSizes() {
        Object after = bothAnswer(db -> {
            things(db).insertMany(List.of(pending("r1"), pending("r2"), pending("r3")));
            int inserted = size(db);
            things(db).updateOne(eq("_id", "r1"), set("note", "a longer document than before"));
            int updated = size(db);
            things(db).deleteOne(eq("_id", "r2"));
            return List.of(inserted, updated, size(db));
        });

        assertThat(after).asInstanceOf(InstanceOfAssertFactories.LIST).satisfies(sizes -> {
            assertThat((int) sizes.get(1)).isGreaterThan((int) sizes.get(0));
            assertThat((int) sizes.get(2)).isLessThan((int) sizes.get(1)).isPositive();
        });
    }

    @Test
    void aRemovedDocumentsSlotIsFilledByTheNextInsert() {
        Object after = bothAnswer(db -> {
            things(db).insertMany(List.of(pending("r1"), pending("r2"), pending("r3")));
            things(db).deleteOne(eq("_id", "r2"));
            things(db).insertOne(pending("r4"));
            return List.of(
                    things(db).countDocuments(),
                    ids(things(db).find()),
                    ids(things(db).find().sort(new Document("$natural", -1))));
        });

        assertThat(after).isEqualTo(List.of(3L, List.of("r1", "r4", "r3"), List.of("r3", "r4", "r1")));
    }

    /** The analysts' reads: no unique index answers them, so the backend decodes and matches every document. */
    @Test
    void aQueryWithoutAnIndexSortsSkipsAndLimitsOverEveryDocument() {
        Object after = bothAnswer(db -> {
            things(db)
                    .insertMany(IntStream.range(0, 20)
                            .mapToObj(i -> new Document("_id", "m" + i)
                                    .append("userId", "u" + i % 3)
                                    .append("deliveredAt", new Date(1_000L * i)))
                            .toList());
            List<String> page = ids(things(db)
                    .find(eq("userId", "u1"))
                    .sort(Sorts.descending("deliveredAt"))
                    .skip(1)
                    .limit(3));
            List<Document> perUser = things(db)
                    .aggregate(List.of(
                            Aggregates.group("$userId", Accumulators.sum("n", 1)),
                            Aggregates.sort(Sorts.ascending("_id"))))
                    .into(new ArrayList<>());
            return List.of(page, perUser);
        });

        assertThat(after)
                .isEqualTo(List.of(
                        List.of("m16", "m13", "m10"),
                        List.of(
                                new Document("_id", "u0").append("n", 7),
                                new Document("_id", "u1").append("n", 7),
                                new Document("_id", "u2").append("n", 6))));
    }

    @Test
    void findOneAndUpdateAnswersTheNewDocumentAndStoresIt() {
        Object after = bothAnswer(db -> {
            things(db).insertOne(pending("r1"));
            Document answered = things(db)
                    .findOneAndUpdate(
                            eq("_id", "r1"),
                            set("status", "ACCEPTED"),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            return List.of(answered.getString("status"), statuses(db));
        });

        assertThat(after).isEqualTo(List.of("ACCEPTED", List.of("ACCEPTED")));
    }

    @Test
    void aUniqueIndexMadeAfterTheDocumentsChecksThem() {
        Object after = bothAnswer(db -> {
            things(db).insertMany(List.of(pending("r1"), pending("r2").append("requestId", "req-r1")));
            Object refused = answer(
                    db, d -> things(d).createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true)));
            things(db).deleteOne(eq("_id", "r2"));
            things(db).createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true));
            Object repeat = answer(db, d -> {
                things(d).insertOne(pending("r3").append("requestId", "req-r1"));
                return "stored";
            });
            return List.of(refused, repeat);
        });

        assertThat(after).isEqualTo(List.of("error 11000", "error 11000"));
    }

    @Test
    void aReplacedDocumentIsStoredWhole() {
        Object after = bothAnswer(db -> {
            things(db).insertOne(pending("r1").append("note", "first"));
            things(db).replaceOne(eq("_id", "r1"), new Document("status", "DELIVERED"));
            return things(db).find().into(new ArrayList<>());
        });

        assertThat(after).isEqualTo(List.of(new Document("_id", "r1").append("status", "DELIVERED")));
    }

    /** Runs the commands on both backends, checks the answers are the same, and returns the compact one's. */
    private Object bothAnswer(Function<MongoDatabase, Object> commands) {
        Object expected = answer(library, commands);
        Object actual = answer(compact, commands);
        assertThat(actual).as("the compact backend's answer").isEqualTo(expected);
        return actual;
    }

    /** The server's message for a refused write (without the server's address), or "accepted". */
    private static String message(Runnable write) {
        try {
            write.run();
            return "accepted";
        } catch (MongoWriteException e) {
            return e.getError().getMessage();
        }
    }

    private static Object answer(MongoDatabase db, Function<MongoDatabase, Object> commands) {
        try {
            return commands.apply(db);
        } catch (MongoBulkWriteException e) {
            return "bulk errors "
                    + e.getWriteErrors().stream()
                            .map(error -> error.getIndex() + ":" + error.getCode())
                            .toList();
        } catch (MongoServerException e) {
            return "error " + e.getCode();
        }
    }

    private static Document pending(String id) {
        return new Document("_id", id)
                .append("userId", "u1")
                .append("requestId", "req-" + id)
                .append("status", "PENDING");
    }

    private static int size(MongoDatabase db) {
        return db.runCommand(new Document("collStats", THINGS)).getInteger("size");
    }

    private static MongoCollection<Document> things(MongoDatabase db) {
        return db.getCollection(THINGS);
    }

    private static List<String> statuses(MongoDatabase db) {
        return inIdOrder(db, "status");
    }

    private static List<String> requestIds(MongoDatabase db) {
        return inIdOrder(db, "requestId");
    }

    /** One string field of every document, in the order of their _ids. */
    private static List<String> inIdOrder(MongoDatabase db, String field) {
        return things(db)
                .find()
                .sort(Sorts.ascending("_id"))
                .map(d -> d.getString(field))
                .into(new ArrayList<>());
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    private static MongoClient client(InetSocketAddress address) {
        return MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }
}
