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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The memory store's unique index (key to position, as the library's own), made for the keys of every
 * unique index the service has on its hot path ({@code _id}, and the dedupe's authClientId and requestId):
 * keys whose fields are all top-level strings or ObjectIds.
 *
 * <p>Two things about such keys are short here. Working a document's key out: the library does it several
 * times for each insert, update and remove, each time splitting every field's path with a regular
 * expression and collecting through streams and maps (17 % of all the bytes the standalone allocated under
 * load, session 8's profile in BENCHMARKS.md); this index reads the fields directly. And keeping the key:
 * the library keeps a key as a KeyValue around an ArrayList around an array, three objects for each entry,
 * for as long as the document is stored, and each of them is copied by the young pauses it survives; this
 * index keeps the value itself for a one-field key and an immutable two-element list for a two-field one.
 * Strings and ObjectIds are their own normalised form, so both give the positions the library would.
 * Anything else (numbers, which the library normalises to doubles, missing fields, sub-documents, arrays,
 * dotted paths) keeps the library's KeyValue, which never equals a compact key, so a key is always stored
 * and looked up in the same form.
 */
final class ScalarKeyUniqueIndex extends AbstractUniqueIndex<Integer> {

    private final Map<Object, Integer> positions = new ConcurrentHashMap<>();

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
        } else if (positions.containsKey(compact(values))) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(values));
        }
    }

    /** The library checks, then adds; one {@code putIfAbsent} does both. */
    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object[] values = scalarValues(document);
        if (values == null) {
            super.add(document, position, collection);
        } else if (positions.putIfAbsent(compact(values), position) != null) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(values));
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Object[] values = scalarValues(document);
        return values != null ? positions.remove(compact(values)) : super.remove(document);
    }

    @Override
    public Integer getPosition(Document document) {
        Object[] values = scalarValues(document);
        return values != null ? positions.get(compact(values)) : super.getPosition(document);
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
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /** As the library's memory index: no byte size is kept. */
    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    protected Integer removeDocument(KeyValue key) {
        return positions.remove(stored(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Integer position) {
        return positions.putIfAbsent(stored(key), position) == null;
    }

    @Override
    protected Integer getPosition(KeyValue key) {
        return positions.get(stored(key));
    }

    /** Only a regular expression on the key walks the entries; they are turned back into library keys. */
    @Override
    protected Iterable<Map.Entry<KeyValue, Integer>> getIterable() {
        List<Map.Entry<KeyValue, Integer>> entries = new ArrayList<>(positions.size());
        positions.forEach((key, position) -> entries.add(Map.entry(keyValue(key), position)));
        return entries;
    }

    /** The form a library key is kept in: compact when each value is a string or an ObjectId. */
    private static Object stored(KeyValue key) {
        Object[] values = new Object[key.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = key.get(i);
            if (!isScalar(value)) {
                return key;
            }
            values[i] = value;
        }
        return compact(values);
    }

    /** One value as itself, two or more as an immutable list (one object for two values). */
    private static Object compact(Object[] values) {
        return values.length == 1 ? values[0] : List.of(values);
    }

    private static KeyValue keyValue(Object stored) {
        if (stored instanceof KeyValue key) {
            return key;
        }
        return stored instanceof List<?> values ? new KeyValue(values) : new KeyValue(stored);
    }

    /** The document's key values read straight from its fields, or null when the library's way is needed. */
    private Object[] scalarValues(Document document) {
        if (topLevelFields == null) {
            return null;
        }
        Object[] values = new Object[topLevelFields.length];
        for (int i = 0; i < values.length; i++) {
            Object value = document.get(topLevelFields[i]);
            if (!isScalar(value)) {
                return null;
            }
            values[i] = value;
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
