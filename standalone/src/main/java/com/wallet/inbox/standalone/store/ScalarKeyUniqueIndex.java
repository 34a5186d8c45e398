package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.List;
import java.util.Set;

/**
 * The library's unique index, with a short way to a document's key when every key field is a top-level
 * string or ObjectId: the case of every unique index the service makes on its hot path ({@code _id}, and the
 * dedupe's authClientId and requestId).
 *
 * <p>The library works out a document's key several times for each insert, update and remove (checks, then
 * the change itself), each time splitting every field's path with a regular expression and collecting
 * through streams and maps: 17 % of all the bytes the standalone allocated under load (session 8's profile in
 * BENCHMARKS.md), and so a share of every young pause. Strings and ObjectIds are their own normalised form,
 * so reading the fields directly gives the same key the library would. Anything else (numbers, which the
 * library normalises to doubles, missing fields, sub-documents, arrays, dotted paths) takes the library's
 * way.
 */
final class ScalarKeyUniqueIndex extends MemoryUniqueIndex {

    /** The key's field names, or null when one is a dotted path the short way does not follow. */
    private final String[] topLevelFields;

    ScalarKeyUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.topLevelFields = topLevelFields(keys);
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue key = scalarKey(document);
        return key != null ? Set.of(key) : super.getKeyValues(document);
    }

    /**
     * The library checks the key before normalising it; for strings and ObjectIds the two are the same. A
     * document with a value for every field is never skipped as sparse, so that check is not needed here.
     */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
        KeyValue key = scalarKey(document);
        if (key == null) {
            super.checkAdd(document, collection);
        } else if (containsKey(key)) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
    }

    /** The document's key read straight from its fields, or null when the library's way is needed. */
    private KeyValue scalarKey(Document document) {
        if (topLevelFields == null) {
            return null;
        }
        Object[] values = new Object[topLevelFields.length];
        for (int i = 0; i < values.length; i++) {
            Object value = document.get(topLevelFields[i]);
            if (!(value instanceof String || value instanceof ObjectId)) {
                return null;
            }
            values[i] = value;
        }
        return new KeyValue(values);
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
