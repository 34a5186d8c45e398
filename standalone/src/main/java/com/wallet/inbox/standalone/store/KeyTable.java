package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unique index's map from key to position that keeps no object per entry: the encoded keys sit in large
 * byte[] chunks, and the table is three parallel primitive arrays (open addressing, linear probing).
 *
 * <p>Why: a map of key objects keeps several small objects alive for every stored document (the map's nodes,
 * the key's Strings, a list), and G1's young pauses copy each of them several times before tenuring it, then
 * keep scanning the old table's references to them. Here a stored key is bytes in a chunk and three array
 * slots, so it leaves the young collector nothing to copy or trace.
 *
 * <p>Encoding, per value: a tag byte, then for a String whose chars are all at most 0xFF a varint char count
 * and one byte per char, for any other String a varint char count and two bytes per char (UTF-16, so
 * unpaired surrogates round-trip too), for an ObjectId its 12 bytes. A record is a varint byte count, then
 * the values. A value's bytes depend on its content only, so equal keys have equal records, and the
 * encoding is self-delimiting, so keys of different types or differently split text never do.
 *
 * <p>Not thread-safe: the caller synchronises.
 */
final class KeyTable {

    static final int ABSENT = -1;

    @FunctionalInterface
    interface KeyConsumer {
        void accept(Object[] values, int position);
    }

    /** Under half of G1's smallest region, so not humongous: {@link DocumentSlots#CHUNK_BYTES} says why. */
    static final int CHUNK = 1 << 18;

    private static final int INITIAL_CAPACITY = 16;
    /** Slot states; a live slot's address, (chunk index + 1) << 32 | offset, is always positive. */
    private static final long EMPTY = 0;

    private static final long REMOVED = -1;
    private static final byte LATIN1 = 1;
    private static final byte UTF16 = 2;
    private static final byte OBJECT_ID = 3;
    /** The scratch's room for the record's byte count, written in front of the values once they are. */
    private static final int HEADER = 5;

    private long[] addresses;
    /** Each slot's key hash, compared before any bytes are. */
    private int[] hashes;

    private int[] positions;
    private int size;
    /** Live and removed slots: probing stops only at an empty one, so both count towards the load. */
    private int used;

    private byte[][] chunks;
    private int chunkCount;
    private int fill;
    private long liveBytes;
    /** Removed keys' bytes, held by the chunks until they are compacted. */
    private long garbageBytes;

    /** The record of the key at hand, in [recordStart, recordEnd): reused, so lookups allocate nothing. */
    private byte[] scratch = new byte[64];

    private int recordStart;
    private int recordEnd;
    private int recordHash;

    KeyTable() {
        clear();
    }

    int size() {
        return size;
    }

    void clear() {
        addresses = new long[INITIAL_CAPACITY];
        hashes = new int[INITIAL_CAPACITY];
        positions = new int[INITIAL_CAPACITY];
        chunks = new byte[4][];
        size = used = chunkCount = fill = 0;
        liveBytes = garbageBytes = 0;
    }

    int get(Object[] values) {
        int slot = find(values);
        return slot < 0 ? ABSENT : positions[slot];
    }

    boolean putIfAbsent(Object[] values, int position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        if (find(values) >= 0) {
            return false;
        }
        if ((used + 1) * 2L > addresses.length) {
            rebuild(capacityFor(size + 1), worthCompacting());
        }
        int slot = freeSlot(addresses, recordHash);
        used += addresses[slot] == EMPTY ? 1 : 0;
        addresses[slot] = append(scratch, recordStart, recordEnd - recordStart);
        hashes[slot] = recordHash;
        positions[slot] = position;
        size++;
        liveBytes += recordEnd - recordStart;
        return true;
    }

    int remove(Object[] values) {
        int slot = find(values);
        if (slot < 0) {
            return ABSENT;
        }
        addresses[slot] = REMOVED;
        size--;
        liveBytes -= recordEnd - recordStart;
        garbageBytes += recordEnd - recordStart;
        int position = positions[slot];
        if (worthCompacting()) {
            rebuild(capacityFor(size), true);
        }
        return position;
    }

    /** Every live entry, its key decoded into fresh values; the table must not change meanwhile. */
    void forEach(KeyConsumer consumer) {
        for (int slot = 0; slot < addresses.length; slot++) {
            if (addresses[slot] > 0) {
                consumer.accept(decode(addresses[slot]), positions[slot]);
            }
        }
    }

    /** How many chunks hold key bytes, for tests that memory stays bounded. */
    int chunkCount() {
        return chunkCount;
    }

    /** Copying the live keys costs no more than the removals that made the garbage, and small tables wait. */
    private boolean worthCompacting() {
        return garbageBytes > liveBytes && garbageBytes > CHUNK;
    }

    /** A power of two at least three times the entries, so a rebuilt table starts at most a third full. */
    private static int capacityFor(int entries) {
        int capacity = INITIAL_CAPACITY;
        while (capacity < 3L * entries) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** Encodes the key into the scratch, then gives the slot holding it, or -1. */
    private int find(Object[] values) {
        encode(values);
        int mask = addresses.length - 1;
        for (int slot = recordHash & mask; addresses[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (addresses[slot] > 0 && hashes[slot] == recordHash && matchesScratch(addresses[slot])) {
                return slot;
            }
        }
        return -1;
    }

    /** The leading byte count is compared too, so equal bytes mean equal lengths. */
    private boolean matchesScratch(long address) {
        byte[] chunk = chunks[chunkIndex(address)];
        int from = (int) address;
        int to = from + recordEnd - recordStart;
        return to <= chunk.length && Arrays.equals(chunk, from, to, scratch, recordStart, recordEnd);
    }

    private static int freeSlot(long[] table, int hash) {
        int slot = hash & (table.length - 1);
        while (table[slot] > 0) {
            slot = (slot + 1) & (table.length - 1);
        }
        return slot;
    }

    /**
     * Moves the live entries into a fresh table, dropping the removed slots; when compacting, their keys into
     * fresh chunks too, so the old chunks and the removed keys' bytes in them become garbage as a whole.
     */
    private void rebuild(int capacity, boolean compact) {
        long[] oldAddresses = addresses;
        int[] oldHashes = hashes;
        int[] oldPositions = positions;
        byte[][] oldChunks = chunks;
        addresses = new long[capacity];
        hashes = new int[capacity];
        positions = new int[capacity];
        if (compact) {
            chunks = new byte[4][];
            chunkCount = fill = 0;
            garbageBytes = 0;
        }
        for (int i = 0; i < oldAddresses.length; i++) {
            long address = oldAddresses[i];
            if (address > 0) {
                int slot = freeSlot(addresses, oldHashes[i]);
                addresses[slot] = compact ? copy(oldChunks[chunkIndex(address)], (int) address) : address;
                hashes[slot] = oldHashes[i];
                positions[slot] = oldPositions[i];
            }
        }
        used = size;
    }

    private long copy(byte[] chunk, int offset) {
        int length = readVarint(chunk, offset);
        return append(chunk, offset, varintSize(length) + length);
    }

    /** Appends a record to the last chunk, or to a new one when it does not fit: a record never spans two. */
    private long append(byte[] from, int offset, int length) {
        if (chunkCount == 0 || fill + length > chunks[chunkCount - 1].length) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            chunks[chunkCount++] = new byte[Math.max(CHUNK, length)];
            fill = 0;
        }
        System.arraycopy(from, offset, chunks[chunkCount - 1], fill, length);
        fill += length;
        return ((long) chunkCount << 32) | (fill - length);
    }

    private static int chunkIndex(long address) {
        return (int) (address >>> 32) - 1;
    }

    private void encode(Object[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a key needs at least one value");
        }
        recordEnd = HEADER;
        for (Object value : values) {
            if (value instanceof String string) {
                encodeString(string);
            } else if (value instanceof ObjectId objectId) {
                ensureScratch(13);
                scratch[recordEnd] = OBJECT_ID;
                System.arraycopy(objectId.toByteArray(), 0, scratch, recordEnd + 1, 12);
                recordEnd += 13;
            } else {
                throw new IllegalArgumentException("not a String or ObjectId: " + value);
            }
        }
        recordStart = HEADER - varintSize(recordEnd - HEADER);
        writeVarint(scratch, recordStart, recordEnd - HEADER);
        recordHash = hash(scratch, recordStart, recordEnd);
    }

    private void encodeString(String string) {
        int length = string.length();
        boolean latin1 = isLatin1(string);
        ensureScratch(6 + (latin1 ? length : 2L * length));
        scratch[recordEnd] = latin1 ? LATIN1 : UTF16;
        recordEnd = writeVarint(scratch, recordEnd + 1, length);
        for (int i = 0; i < length; i++) {
            char c = string.charAt(i);
            if (!latin1) {
                scratch[recordEnd++] = (byte) (c >>> 8);
            }
            scratch[recordEnd++] = (byte) c;
        }
    }

    private static boolean isLatin1(String string) {
        for (int i = 0; i < string.length(); i++) {
            if (string.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private void ensureScratch(long more) {
        int needed = Math.toIntExact(recordEnd + more);
        if (needed > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(needed, 2 * scratch.length));
        }
    }

    private Object[] decode(long address) {
        byte[] chunk = chunks[chunkIndex(address)];
        int length = readVarint(chunk, (int) address);
        int at = (int) address + varintSize(length);
        int end = at + length;
        List<Object> values = new ArrayList<>(2);
        while (at < end) {
            byte tag = chunk[at++];
            if (tag == OBJECT_ID) {
                values.add(new ObjectId(Arrays.copyOfRange(chunk, at, at + 12)));
                at += 12;
            } else {
                int chars = readVarint(chunk, at);
                at += varintSize(chars);
                values.add(
                        tag == LATIN1
                                ? new String(chunk, at, chars, StandardCharsets.ISO_8859_1)
                                : utf16(chunk, at, chars));
                at += tag == LATIN1 ? chars : 2 * chars;
            }
        }
        return values.toArray();
    }

    /** By hand: the UTF-16 charsets replace unpaired surrogates, and those must come back as they went in. */
    private static String utf16(byte[] chunk, int at, int chars) {
        char[] text = new char[chars];
        for (int i = 0; i < chars; i++) {
            text[i] = (char) (((chunk[at + 2 * i] & 0xFF) << 8) | (chunk[at + 2 * i + 1] & 0xFF));
        }
        return new String(text);
    }

    private static int writeVarint(byte[] into, int at, int value) {
        for (; (value & ~0x7F) != 0; value >>>= 7) {
            into[at++] = (byte) (value | 0x80);
        }
        into[at++] = (byte) value;
        return at;
    }

    private static int readVarint(byte[] from, int at) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            value |= (from[at] & 0x7F) << shift;
            if (from[at++] >= 0) {
                return value;
            }
        }
    }

    private static int varintSize(int value) {
        return (38 - Integer.numberOfLeadingZeros(value | 1)) / 7;
    }

    /** FNV-1a over the bytes, then murmur3's finaliser, so the low bits that pick the slot are well mixed. */
    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x01000193;
        }
        h = (h ^ (h >>> 16)) * 0x85EBCA6B;
        h = (h ^ (h >>> 13)) * 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
