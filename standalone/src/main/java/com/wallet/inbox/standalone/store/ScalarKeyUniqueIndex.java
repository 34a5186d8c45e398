package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory store's unique index (key to position, as the library's own), made for the keys of every
 * unique index the service has on its hot path ({@code _id}, and the dedupe's authClientId and requestId):
 * keys whose fields are all top-level strings or ObjectIds.
 *
 * <p>Two things about such keys are short here. Working a document's key out: the library does it several
 * times for each insert, update and remove, each time splitting every field's path with a regular
 * expression and collecting through streams and maps (17 % of all the bytes the standalone allocated under
 * load, session 8's profile in BENCHMARKS.md); this index reads the fields directly. And keeping the key:
 * the library keeps a key as a KeyValue around an ArrayList around an array, three objects for each entry
 * besides the map's own, for as long as the document is stored, and G1's young pauses copy each of them until
 * they are tenured; this index keeps such keys as bytes in a {@link KeyTable}, no object per entry.
 * Strings and ObjectIds are their own normalised form, so both give the positions the library would.
 * Anything else (numbers, which the library normalises to doubles, missing fields, sub-documents, arrays,
 * dotted paths) keeps the library's KeyValue in a map of its own, so a key is always stored and looked up in
 * the same form.
 *
 * <p>The library calls some of these methods under the index's lock and some not; every one takes it here,
 * since the table is not thread-safe.
 */
final class ScalarKeyUniqueIndex extends AbstractUniqueIndex<Integer> {

    /** Keys whose values are all strings or ObjectIds: all of the service's. */
    private final KeyTable scalarKeys = new KeyTable();
    /** Any other key, as the library's KeyValue. */
    private final Map<KeyValue, Integer> otherKeys = new HashMap<>();

    /** The key's field names, or null when one is a dotted path the short way does not follow. */
    private final String[] topLevelFields;

    ScalarKeyUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.topLevelFields = topLevelFields(keys);
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        Object[] values = scalarValues(document);
        return values != null ? Set.of(new KeyValue(values)) : super.getKeyValues(document);
    }

    /**
     * The library checks the key before normalising it; for strings and ObjectIds the two are the same. A
     * document with a value for every field is never skipped as sparse, so that check is not needed here.
     */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
        Object[] values = scalarValues(document);
        if (values == null) {
            super.checkAdd(document, collection);
        } else if (scalarKeys.get(values) != KeyTable.ABSENT) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(values));
        }
    }

    /** The library checks, then adds; one {@code putIfAbsent} does both. */
    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object[] values = scalarValues(document);
        if (values == null) {
            super.add(document, position, collection);
        } else if (!scalarKeys.putIfAbsent(values, position)) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(values));
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Object[] values = scalarValues(document);
        return values != null ? boxed(scalarKeys.remove(values)) : super.remove(document);
    }

    @Override
    public synchronized Integer getPosition(Document document) {
        Object[] values = scalarValues(document);
        return values != null ? boxed(scalarKeys.get(values)) : super.getPosition(document);
    }

    /**
     * Whether an update leaves the key as it was: asked twice for each update, and none of the service's
     * updates (acceptance marks, failure marks, read marks) changes a key. The library works both documents' keys out into sets to compare them (about a
     * fifth of the bytes the store allocated for each mark under load, session 16's profile in BENCHMARKS.md).
     */
    @Override
    protected boolean nullAwareEqualsKeys(Document oldDocument, Document newDocument) {
        Object[] oldValues = scalarValues(oldDocument);
        Object[] newValues = scalarValues(newDocument);
        return oldValues != null && newValues != null
                ? Arrays.equals(oldValues, newValues)
                : super.nullAwareEqualsKeys(oldDocument, newDocument);
    }

    @Override
    public synchronized long getCount() {
        return scalarKeys.size() + otherKeys.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return getCount() == 0;
    }

    /** As the library's memory index: no byte size is kept. */
    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    protected synchronized Integer removeDocument(KeyValue key) {
        Object[] values = scalarValues(key);
        return values != null ? boxed(scalarKeys.remove(values)) : otherKeys.remove(key);
    }

    @Override
    protected synchronized boolean putKeyPosition(KeyValue key, Integer position) {
        Object[] values = scalarValues(key);
        return values != null ? scalarKeys.putIfAbsent(values, position) : otherKeys.putIfAbsent(key, position) == null;
    }

    @Override
    protected synchronized Integer getPosition(KeyValue key) {
        Object[] values = scalarValues(key);
        return values != null ? boxed(scalarKeys.get(values)) : otherKeys.get(key);
    }

    /** Only a regular expression on the key walks the entries; they are turned back into library keys. */
    @Override
    protected synchronized Iterable<Map.Entry<KeyValue, Integer>> getIterable() {
        List<Map.Entry<KeyValue, Integer>> entries = new ArrayList<>(scalarKeys.size() + otherKeys.size());
        scalarKeys.forEach((values, position) -> entries.add(Map.entry(new KeyValue(values), position)));
        entries.addAll(otherKeys.entrySet());
        return entries;
    }

    /** A library key's values when each is a string or an ObjectId, else null. */
    private static Object[] scalarValues(KeyValue key) {
        Object[] values = new Object[key.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = key.get(i);
        }
        return scalarOrNull(values);
    }

    private static Integer boxed(int position) {
        return position == KeyTable.ABSENT ? null : position;
    }

    /** The document's key values read straight from its fields, or null when the library's way is needed. */
    private Object[] scalarValues(Document document) {
        if (topLevelFields == null) {
            return null;
        }
        Object[] values = new Object[topLevelFields.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = document.get(topLevelFields[i]);
        }
        return scalarOrNull(values);
    }

    /** The values when each is a string or an ObjectId, else null. */
    private static Object[] scalarOrNull(Object[] values) {
        for (Object value : values) {
            if (!isScalar(value)) {
                return null;
            }
        }
        return values;
    }

    /** A value the library compares as it is (its own normalised form): a key of these can be kept compact. */
    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }

    private static String[] topLevelFields(List<IndexKey> keys) {
        String[] fields = new String[keys.size()];
        for (int i = 0; i < fields.length; i++) {
            String field = keys.get(i).getKey();
            if (field.isEmpty() || field.indexOf('.') >= 0 || field.startsWith("$")) {
                return null;
            }
            fields[i] = field;
        }
        return fields;
    }
}
