package com.wallet.inbox.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Positions keep their documents' bytes through replacements, removals and compactions, and the chunks held
 * stay bounded by the live documents, not by how many were ever written.
 */
class DocumentSlotsTest {

    private final DocumentSlots slots = new DocumentSlots();

    @Test
    void aDocumentIsReadBackAtItsPositionUntilReplacedOrRemoved() {
        int first = slots.add(bson(new Document("_id", "a").append("n", 1)));
        int second = slots.add(bson(new Document("_id", "b").append("n", 2)));

        slots.replace(first, bson(new Document("_id", "a").append("n", 10).append("status", "ACCEPTED")));
        slots.remove(second);

        assertThat(read(first))
                .isEqualTo(new Document("_id", "a").append("n", 10).append("status", "ACCEPTED"));
        assertThat(slots.isLive(first)).isTrue();
        assertThat(slots.isLive(second)).isFalse();
        assertThat(slots.count()).isEqualTo(1);
        assertThat(slots.liveBytes()).isEqualTo(bson(read(first)).readableBytes());
    }

    @Test
    void removedPositionsAreFilledAgainInTheOrderTheyWereRemoved() {
        int[] positions = new int[5];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = slots.add(bson(new Document("_id", i)));
        }
        slots.remove(positions[3]);
        slots.remove(positions[1]);

        assertThat(slots.add(bson(new Document("_id", "x")))).isEqualTo(positions[3]);
        assertThat(slots.add(bson(new Document("_id", "y")))).isEqualTo(positions[1]);
        assertThat(slots.add(bson(new Document("_id", "z")))).isEqualTo(5);
        assertThat(slots.positionCount()).isEqualTo(6);
    }

    @Test
    void aDocumentBiggerThanAChunkIsKeptWhole() {
        String big = "x".repeat(DocumentSlots.CHUNK_BYTES + 1000);
        int small = slots.add(bson(new Document("_id", "small")));
        int large = slots.add(bson(new Document("_id", "large").append("body", big)));
        int after = slots.add(bson(new Document("_id", "after")));

        assertThat(read(large).get("body")).isEqualTo(big);
        assertThat(read(small)).isEqualTo(new Document("_id", "small"));
        assertThat(read(after)).isEqualTo(new Document("_id", "after"));
    }

    @Test
    void replacingTheSameDocumentsOverAndOverHoldsAboutTwiceTheirBytes() {
        int[] positions = new int[100];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = slots.add(bson(document(i, 0)));
        }
        for (int round = 1; round <= 500; round++) {
            for (int i = 0; i < positions.length; i++) {
                slots.replace(positions[i], bson(document(i, round)));
            }
        }

        // 50,000 replacements of ~1 KB documents wrote about 50 chunks' worth; 100 live ones fit in one.
        assertThat(slots.chunkCount()).isLessThanOrEqualTo(3);
        for (int i = 0; i < positions.length; i++) {
            assertThat(read(positions[i])).isEqualTo(document(i, 500));
        }
    }

    @Test
    void randomAddsReplacementsAndRemovalsKeepEveryLiveDocument() {
        Random random = new Random(23);
        Map<Integer, Document> model = new HashMap<>();
        List<Integer> live = new ArrayList<>();
        for (int step = 0; step < 60_000; step++) {
            int choice = random.nextInt(10);
            if (choice < 5 || live.isEmpty()) {
                Document document = document(step, random.nextInt(2000));
                int position = slots.add(bson(document));
                model.put(position, document);
                live.add(position);
            } else {
                int index = random.nextInt(live.size());
                int position = live.get(index);
                if (choice < 8) {
                    Document document = document(step, random.nextInt(2000));
                    slots.replace(position, bson(document));
                    model.put(position, document);
                } else {
                    slots.remove(position);
                    model.remove(position);
                    live.set(index, live.get(live.size() - 1));
                    live.remove(live.size() - 1);
                }
            }
        }

        assertThat(slots.count()).isEqualTo(model.size());
        model.forEach((position, document) -> assertThat(read(position)).isEqualTo(document));
        for (int position = 0; position < slots.positionCount(); position++) {
            assertThat(slots.isLive(position)).isEqualTo(model.containsKey(position));
        }
        long modelBytes =
                model.values().stream().mapToLong(d -> bson(d).readableBytes()).sum();
        assertThat(slots.liveBytes()).isEqualTo(modelBytes);
        assertThat((long) slots.chunkCount() * DocumentSlots.CHUNK_BYTES)
                .isLessThanOrEqualTo(2 * modelBytes + 3L * DocumentSlots.CHUNK_BYTES);
    }

    private static Document document(int id, int version) {
        return new Document("_id", "m-" + id)
                .append("version", version)
                .append("body", "b".repeat(900 + version % 200));
    }

    private Document read(int position) {
        return BsonDecoder.decodeBson(slots.get(position));
    }

    private static ByteBuf bson(Document document) {
        ByteBuf buffer = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, buffer);
        return buffer;
    }
}
