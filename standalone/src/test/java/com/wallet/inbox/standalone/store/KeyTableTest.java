package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-encoded key table finds, refuses, removes and lists keys as a map of key lists would. */
class KeyTableTest {

    private final KeyTable table = new KeyTable();

    private static Object[] key(Object... values) {
        return values;
    }

    private static Map<List<Object>, Integer> entries(KeyTable table) {
        Map<List<Object>, Integer> entries = new HashMap<>();
        table.forEach((values, position) -> assertThat(entries.put(List.of(values), position))
                .as("listed once: %s", List.of(values))
                .isNull());
        return entries;
    }

    @Test
    void aOneValueKeyIsFoundUntilRemoved() {
        assertThat(table.get(key("r1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.putIfAbsent(key("r1"), 7)).isTrue();
        assertThat(table.get(key("r1"))).isEqualTo(7);
        assertThat(table.get(key("r2"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.remove(key("r1"))).isEqualTo(7);
        assertThat(table.remove(key("r1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.get(key("r1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.size()).isZero();
    }

    @Test
    void aTwoValueKeyIsFoundUntilRemoved() {
        ObjectId client = new ObjectId();
        assertThat(table.putIfAbsent(key(client, "r1"), 0)).isTrue();
        assertThat(table.putIfAbsent(key("c1", "r1"), 1)).isTrue();
        assertThat(table.get(key(new ObjectId(client.toByteArray()), "r1"))).isZero();
        assertThat(table.get(key("c1", "r1"))).isEqualTo(1);
        assertThat(table.get(key("c1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.get(key("r1", "c1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.remove(key(client, "r1"))).isZero();
        assertThat(table.get(key(client, "r1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.get(key("c1", "r1"))).isEqualTo(1);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void aStringNeverEqualsAnObjectIdWithTheSameText() {
        ObjectId id = new ObjectId();
        assertThat(table.putIfAbsent(key(id), 1)).isTrue();
        assertThat(table.get(key(id.getHexData()))).isEqualTo(KeyTable.ABSENT);
        assertThat(table.putIfAbsent(key(id.getHexData()), 2)).isTrue();
        assertThat(table.get(key(id))).isEqualTo(1);
        assertThat(table.get(key(id.getHexData()))).isEqualTo(2);
    }

    @Test
    void howTheTextIsSplitBetweenValuesMatters() {
        assertThat(table.putIfAbsent(key("a", "bc"), 1)).isTrue();
        assertThat(table.putIfAbsent(key("ab", "c"), 2)).isTrue();
        assertThat(table.putIfAbsent(key("abc"), 3)).isTrue();
        assertThat(table.putIfAbsent(key("", "abc"), 4)).isTrue();
        assertThat(table.get(key("a", "bc"))).isEqualTo(1);
        assertThat(table.get(key("ab", "c"))).isEqualTo(2);
        assertThat(table.get(key("abc"))).isEqualTo(3);
        assertThat(table.get(key("", "abc"))).isEqualTo(4);
        assertThat(table.get(key("abc", ""))).isEqualTo(KeyTable.ABSENT);
    }

    @Test
    void anyTextRoundTripsAndIsFound() {
        List<String> texts = List.of(
                "",
                "plain",
                "caf\u00e9 \u00ff",
                "\u65e5\u672c\u8a9e",
                "emoji \ud83d\ude00 pair",
                "lone high \ud83d",
                "lone low \ude00",
                "\ude00\ud83d reversed",
                "\u0100",
                "x".repeat(70_000));
        for (int i = 0; i < texts.size(); i++) {
            assertThat(table.putIfAbsent(key(texts.get(i), "c"), i)).isTrue();
        }
        Map<List<Object>, Integer> expected = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(table.get(key(texts.get(i), "c"))).isEqualTo(i);
            expected.put(List.of(texts.get(i), "c"), i);
        }
        assertThat(table.get(key("lone high ?", "c"))).isEqualTo(KeyTable.ABSENT);
        assertThat(entries(table)).isEqualTo(expected);
    }

    @Test
    void aKeyLargerThanAChunkIsKept() {
        String big = "\u4e00".repeat(KeyTable.CHUNK);
        assertThat(table.putIfAbsent(key("small"), 1)).isTrue();
        assertThat(table.putIfAbsent(key(big), 2)).isTrue();
        assertThat(table.putIfAbsent(key("after"), 3)).isTrue();
        assertThat(table.get(key(big))).isEqualTo(2);
        assertThat(entries(table)).isEqualTo(Map.of(List.of("small"), 1, List.of(big), 2, List.of("after"), 3));
    }

    @Test
    void putIfAbsentRefusesAPresentKeyAndKeepsItsPosition() {
        assertThat(table.putIfAbsent(key("c1", "r1"), 1)).isTrue();
        assertThat(table.putIfAbsent(key("c1", "r1"), 2)).isFalse();
        assertThat(table.get(key("c1", "r1"))).isEqualTo(1);
        assertThat(table.size()).isEqualTo(1);
        assertThat(entries(table)).isEqualTo(Map.of(List.of("c1", "r1"), 1));
    }

    @Test
    void aRemovedKeyCanBePutAgain() {
        assertThat(table.putIfAbsent(key("r1"), 1)).isTrue();
        assertThat(table.remove(key("r1"))).isEqualTo(1);
        assertThat(table.putIfAbsent(key("r1"), 2)).isTrue();
        assertThat(table.get(key("r1"))).isEqualTo(2);
        assertThat(table.size()).isEqualTo(1);
        assertThat(entries(table)).isEqualTo(Map.of(List.of("r1"), 2));
    }

    @Test
    void clearEmptiesTheTable() {
        table.putIfAbsent(key("r1"), 1);
        table.clear();
        assertThat(table.size()).isZero();
        assertThat(table.get(key("r1"))).isEqualTo(KeyTable.ABSENT);
        assertThat(entries(table)).isEmpty();
        assertThat(table.putIfAbsent(key("r1"), 2)).isTrue();
        assertThat(table.get(key("r1"))).isEqualTo(2);
    }

    @Test
    void behavesAsAMapUnderRandomOperations() {
        Random random = new Random(20240611L);
        List<Object[]> pool = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            pool.add(randomKey(random));
        }
        Map<List<Object>, Integer> model = new HashMap<>();
        for (int op = 0; op < 200_000; op++) {
            Object[] key = pool.get(random.nextInt(pool.size())).clone();
            List<Object> modelKey = List.of(key);
            int choice = random.nextInt(10);
            if (choice < 4) {
                int position = random.nextInt(1_000_000);
                boolean absent = !model.containsKey(modelKey);
                assertThat(table.putIfAbsent(key, position))
                        .as("put %s", modelKey)
                        .isEqualTo(absent);
                model.putIfAbsent(modelKey, position);
            } else if (choice < 7) {
                assertThat(table.remove(key))
                        .as("remove %s", modelKey)
                        .isEqualTo(model.getOrDefault(modelKey, KeyTable.ABSENT));
                model.remove(modelKey);
            } else {
                assertThat(table.get(key))
                        .as("get %s", modelKey)
                        .isEqualTo(model.getOrDefault(modelKey, KeyTable.ABSENT));
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        assertThat(entries(table)).isEqualTo(model);
    }

    private static Object[] randomKey(Random random) {
        Object[] key = new Object[1 + random.nextInt(2)];
        for (int i = 0; i < key.length; i++) {
            key[i] = random.nextInt(4) == 0 ? randomObjectId(random) : randomText(random);
        }
        return key;
    }

    private static ObjectId randomObjectId(Random random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        bytes[0] = (byte) random.nextInt(2); // a few ids share most bytes
        return new ObjectId(bytes);
    }

    private static String randomText(Random random) {
        char[] alphabet = {'a', 'b', '\u00e9', '\u4e00', '\ud83d', '\ude00'};
        char[] text = new char[random.nextInt(6)];
        for (int i = 0; i < text.length; i++) {
            text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(text);
    }

    @Test
    void growsTo300kKeysAndEmptiesAgain() {
        int count = 300_000;
        for (int i = 0; i < count; i++) {
            assertThat(table.putIfAbsent(key("client-" + (i % 97), "request-" + i), i))
                    .isTrue();
        }
        assertThat(table.size()).isEqualTo(count);
        for (int i = 0; i < count; i += 7) {
            assertThat(table.get(key("client-" + (i % 97), "request-" + i))).isEqualTo(i);
        }
        for (int i = 0; i < count; i++) {
            assertThat(table.remove(key("client-" + (i % 97), "request-" + i))).isEqualTo(i);
        }
        assertThat(table.size()).isZero();
        for (int i = 0; i < count; i++) {
            assertThat(table.get(key("client-" + (i % 97), "request-" + i))).isEqualTo(KeyTable.ABSENT);
        }
        assertThat(entries(table)).isEmpty();
    }

    @Test
    void memoryStaysBoundedWhenKeysComeAndGoAtAConstantSize() {
        int live = 1_000;
        int maxChunks = 0;
        for (int i = 0; i < 10_000_000; i++) {
            if (!table.putIfAbsent(key("client", "request-" + i), i)
                    || (i >= live && table.remove(key("client", "request-" + (i - live))) != i - live)) {
                fail("cycle %d", i);
            }
            maxChunks = Math.max(maxChunks, table.chunkCount());
        }
        assertThat(table.size()).isEqualTo(live);
        assertThat(maxChunks).isLessThanOrEqualTo(3);
        assertThat(table.get(key("client", "request-" + (10_000_000 - 1)))).isEqualTo(10_000_000 - 1);
        assertThat(table.get(key("client", "request-" + (10_000_000 - live - 1))))
                .isEqualTo(KeyTable.ABSENT);
    }

    @Test
    void lookupsAllocateNothingOnceTheScratchIsBigEnough() {
        Object[] present = key(new ObjectId(), "r\u00e9quest-\ud83d\ude00");
        Object[] absent = key("client", "request");
        table.putIfAbsent(present, 1);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long found = 0;
        for (int i = 0; i < 100_000; i++) {
            found += table.get(present) + table.get(absent) + table.remove(absent);
            found += table.putIfAbsent(present, 2) ? 1 : 0;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(found).isEqualTo(100_000L * (1 - 1 - 1));
        assertThat(allocated).isLessThan(10_000);
    }

    @Test
    void onlyStringsAndObjectIdsMakeAKey() {
        assertThatThrownBy(() -> table.putIfAbsent(key("c1", 7), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.get(key(7.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.remove(key("c1", null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.get(key())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.putIfAbsent(key("c1"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(table.size()).isZero();
        assertThat(table.get(key("c1"))).isEqualTo(KeyTable.ABSENT);
    }
}
