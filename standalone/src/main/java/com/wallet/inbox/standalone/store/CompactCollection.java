package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A collection that keeps each document as its BSON bytes ({@link DocumentSlots}), at a position its unique
 * indexes point to. Reads decode a fresh copy, so the library's in-place update (which changes the document
 * it read) changes nothing here until {@link #handleUpdate} stores the new bytes.
 *
 * <p>The library serialises every call on a collection ({@link AbstractSynchronizedMongoCollection}), so
 * the slots and the scratch buffer need no locking of their own.
 */
final class CompactCollection extends AbstractSynchronizedMongoCollection<Integer> {

    private final DocumentSlots slots = new DocumentSlots();
    /** One encoding at a time (see above); sized to the largest document so far. */
    private final ByteBuf scratch = Unpooled.buffer(4096);

    CompactCollection(
            MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursors) {
        super(database, collectionName, options, cursors);
    }

    @Override
    protected Integer addDocumentInternal(Document document) {
        return slots.add(encode(document));
    }

    @Override
    protected Document getDocument(Integer position) {
        return BsonDecoder.decodeBson(slots.get(position));
    }

    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
        slots.replace(position, encode(newDocument));
    }

    @Override
    protected void removeDocument(Integer position) {
        slots.remove(position);
    }

    /** A query that names a unique key and more is served from that index too ({@link UniqueKeyLookup}). */
    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return UniqueKeyLookup.query(
                getIndexes(),
                query,
                positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector),
                () -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
    }

    @Override
    protected QueryResult matchDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        Stream<Document> documents = positions(isNaturalDescending(orderBy)).mapToObj(this::getDocument);
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
        return positions(false).mapToObj(position -> new DocumentWithPosition<>(getDocument(position), position));
    }

    @Override
    public synchronized int count() {
        return slots.count();
    }

    /**
     * The library would encode every document it adds, updates or removes once more, only to learn its size:
     * 5 % of all the bytes the standalone allocated under load (session 8's profile). The slots count the
     * live documents' bytes as they store them.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        throw new IllegalStateException("the data size is the slots' live bytes");
    }

    @Override
    protected int getDataSize() {
        return (int) Math.min(Integer.MAX_VALUE, slots.liveBytes());
    }

    /** Slot order, as the library's memory backend returns documents without a sort. */
    private IntStream positions(boolean descending) {
        int size = slots.positionCount();
        IntStream positions = descending ? IntStream.range(0, size).map(i -> size - 1 - i) : IntStream.range(0, size);
        return positions.filter(slots::isLive);
    }

    /** The document's bytes in the scratch buffer, until the next encoding. */
    private ByteBuf encode(Document document) {
        scratch.clear();
        BsonEncoder.encodeDocument(document, scratch);
        return scratch;
    }
}
