package com.wallet.inbox.standalone.store;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A collection's documents by position, each kept as its BSON bytes copied into large shared chunks.
 *
 * <p>The store shares its heap with the app, the worker and the broker, and every document it keeps lives
 * for minutes. Kept as one array per document, each was a young object that G1 copied at every young pause
 * until it tenured them, six pauses later at 1,900 calls/s, and the old list pointing at it was scanned each
 * time: the stored documents and their index entries were all of what those pauses copied (session 23's
 * class histograms and age tables in BENCHMARKS.md). Here a document leaves no object of its own behind: its
 * bytes go into a chunk shared with a few hundred others, and its place into a {@code long[]}. A young
 * pause copies a chunk as one block, with nothing inside it to follow or scan.
 *
 * <p>A replaced or removed document's bytes stay in their chunk as garbage until the garbage outweighs the
 * documents, when the live documents are copied into fresh chunks ({@link #compact}). Not thread-safe: the
 * library serialises the calls on a collection.
 */
final class DocumentSlots {

    /**
     * A chunk's length: under half of G1's smallest region (1 MiB). A bigger array is humongous, and G1
     * checks whether to start a concurrent cycle at each humongous allocation: chunks of 1 MiB set one off
     * every second at 1,900 calls/s and made every pause longer (session 23, BENCHMARKS.md).
     */
    static final int CHUNK_BYTES = 1 << 18;

    private static final long EMPTY = -1;

    private final List<byte[]> chunks = new ArrayList<>();
    /** Where the chunk being filled is free from. */
    private int fillOffset = CHUNK_BYTES;

    /** Each position's document as its chunk's index (high half) and offset (low half), or EMPTY. */
    private long[] addresses = new long[1024];

    private int positionCount;

    /** Removed positions, filled again first come, first served (as the library's memory backend does). */
    private final IntQueue freePositions = new IntQueue();

    private long liveBytes;
    private long garbageBytes;

    /** Stores the document's bytes (the {@code bytes}' readable ones) and answers its position. */
    int add(ByteBuf bytes) {
        int position = freePositions.isEmpty() ? newPosition() : freePositions.poll();
        addresses[position] = append(bytes);
        liveBytes += bytes.readableBytes();
        return position;
    }

    /** A copy of the position's BSON bytes to decode. */
    ByteBuf get(int position) {
        long address = addresses[position];
        byte[] chunk = chunks.get(chunkOf(address));
        int offset = offsetOf(address);
        return Unpooled.wrappedBuffer(chunk, offset, bsonLength(chunk, offset));
    }

    boolean isLive(int position) {
        return position < positionCount && addresses[position] != EMPTY;
    }

    void replace(int position, ByteBuf bytes) {
        discard(position);
        addresses[position] = append(bytes);
        liveBytes += bytes.readableBytes();
        compactIfMostlyGarbage();
    }

    void remove(int position) {
        discard(position);
        addresses[position] = EMPTY;
        freePositions.add(position);
        compactIfMostlyGarbage();
    }

    /** Positions handed out so far, live or removed: the live ones are below it. */
    int positionCount() {
        return positionCount;
    }

    int count() {
        return positionCount - freePositions.size();
    }

    /** The live documents' BSON bytes. */
    long liveBytes() {
        return liveBytes;
    }

    /** Chunks held, for tests of what compaction gives back. */
    int chunkCount() {
        return chunks.size();
    }

    private int newPosition() {
        if (positionCount == addresses.length) {
            addresses = Arrays.copyOf(addresses, addresses.length * 2);
        }
        return positionCount++;
    }

    private void discard(int position) {
        long address = addresses[position];
        byte[] chunk = chunks.get(chunkOf(address));
        int length = bsonLength(chunk, offsetOf(address));
        liveBytes -= length;
        garbageBytes += length;
    }

    private long append(ByteBuf bytes) {
        int length = bytes.readableBytes();
        long address = reserve(length);
        bytes.getBytes(bytes.readerIndex(), chunks.get(chunkOf(address)), offsetOf(address), length);
        return address;
    }

    /** Where the next {@code length} bytes go: the chunk being filled, or a fresh one when they do not fit. */
    private long reserve(int length) {
        if (length > CHUNK_BYTES - fillOffset) {
            // A document bigger than a chunk gets a chunk of its own, which is full at once.
            chunks.add(new byte[Math.max(length, CHUNK_BYTES)]);
            fillOffset = 0;
        }
        long address = ((long) (chunks.size() - 1) << 32) | fillOffset;
        fillOffset += length;
        return address;
    }

    /**
     * Copies the live documents into fresh chunks once the garbage outweighs them and fills more than a
     * chunk: each byte of garbage is copied over at most once for every byte that became garbage, and the
     * chunks held stay within about twice the documents' bytes.
     */
    private void compactIfMostlyGarbage() {
        if (garbageBytes > liveBytes && garbageBytes > CHUNK_BYTES) {
            compact();
        }
    }

    private void compact() {
        List<byte[]> old = new ArrayList<>(chunks);
        chunks.clear();
        fillOffset = CHUNK_BYTES;
        for (int position = 0; position < positionCount; position++) {
            long address = addresses[position];
            if (address != EMPTY) {
                byte[] chunk = old.get(chunkOf(address));
                int offset = offsetOf(address);
                int length = bsonLength(chunk, offset);
                long moved = reserve(length);
                System.arraycopy(chunk, offset, chunks.get(chunkOf(moved)), offsetOf(moved), length);
                addresses[position] = moved;
            }
        }
        garbageBytes = 0;
    }

    private static int chunkOf(long address) {
        return (int) (address >>> 32);
    }

    private static int offsetOf(long address) {
        return (int) address;
    }

    /** A BSON document starts with its whole length, a little-endian int32. */
    private static int bsonLength(byte[] chunk, int offset) {
        return (chunk[offset] & 0xff)
                | (chunk[offset + 1] & 0xff) << 8
                | (chunk[offset + 2] & 0xff) << 16
                | (chunk[offset + 3] & 0xff) << 24;
    }

    /** A first-in, first-out queue of ints, without a boxed Integer kept for each. */
    private static final class IntQueue {
        private int[] values = new int[64];
        private int head;
        private int tail;

        boolean isEmpty() {
            return head == tail;
        }

        int size() {
            return tail - head;
        }

        void add(int value) {
            if (tail == values.length) {
                int size = size();
                int[] grown = size * 2 > values.length ? new int[values.length * 2] : values;
                System.arraycopy(values, head, grown, 0, size);
                values = grown;
                head = 0;
                tail = size;
            }
            values[tail++] = value;
        }

        int poll() {
            int value = values[head++];
            if (head == tail) {
                head = 0;
                tail = 0;
            }
            return value;
        }
    }
}
