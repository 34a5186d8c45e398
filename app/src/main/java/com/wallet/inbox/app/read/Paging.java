package com.wallet.inbox.app.read;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.FindIterable;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * Keyset paging in the stable order {@code timeField desc, _id desc}: a page starts strictly after
 * the cursor, so inserts between calls neither repeat nor skip items already passed.
 */
final class Paging {

    private Paging() {}

    static Bson after(String timeField, @Nullable Cursor cursor) {
        if (cursor == null) {
            return new Document();
        }
        Date at = Date.from(cursor.at());
        return or(lt(timeField, at), and(eq(timeField, at), lt("_id", cursor.id())));
    }

    static Bson order(String timeField) {
        return Sorts.descending(timeField, "_id");
    }

    /** Reads one more than the limit to learn whether another page exists. */
    static <T> Page<T> page(
            FindIterable<Document> found, String timeField, PageLimit limit, Function<Document, T> view) {
        List<Document> documents =
                found.sort(order(timeField)).limit(limit.value() + 1).into(new ArrayList<>());
        if (documents.size() <= limit.value()) {
            return new Page<>(documents.stream().map(view).toList(), null);
        }
        List<Document> shown = documents.subList(0, limit.value());
        Document last = shown.get(shown.size() - 1);
        Cursor next = new Cursor(last.getDate(timeField).toInstant(), last.getString("_id"));
        return new Page<>(shown.stream().map(view).toList(), next.encode());
    }
}
