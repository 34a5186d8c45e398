package com.wallet.inbox.bench.load;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.wallet.inbox.bench.support.StoredCount;
import com.wallet.inbox.schemas.InboxCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads the run's messages straight from {@code inbox_messages}, which is what a reader would see. */
final class StorageProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final MongoClient client;
    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> requests;

    StorageProbe(ConnectionString uri) {
        this.client = MongoClients.create(uri);
        String database = Objects.requireNonNullElse(uri.getDatabase(), InboxCollections.DATABASE);
        this.messages = client.getDatabase(database).getCollection(InboxCollections.MESSAGES);
        this.requests = client.getDatabase(database).getCollection(InboxCollections.REQUESTS);
    }

    /** Waits until {@code expected} messages are stored, the count stalls, or {@code max} has passed. */
    long await(String authClientId, List<BenchUser> users, long expected, Duration max) throws InterruptedException {
        Bson filter = filter(authClientId, users);
        return StoredCount.await(
                () -> messages.countDocuments(filter), expected, System.nanoTime() + max.toNanos(), POLL);
    }

    StoredMessages read(String authClientId, List<BenchUser> users) {
        var latency = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
        List<String> requestIds = new ArrayList<>();
        Instant firstAccepted = Instant.MAX;
        Instant lastDelivered = Instant.MIN;
        for (Document doc : messages.find(filter(authClientId, users))
                .projection(Projections.include("requestId", "acceptedAt", "deliveredAt"))) {
            Instant accepted = doc.get("acceptedAt", Date.class).toInstant();
            Instant delivered = doc.get("deliveredAt", Date.class).toInstant();
            requestIds.add(doc.getString("requestId"));
            long micros = Math.max(0, Duration.between(accepted, delivered).toNanos() / 1000);
            latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
            firstAccepted = accepted.isBefore(firstAccepted) ? accepted : firstAccepted;
            lastDelivered = delivered.isAfter(lastDelivered) ? delivered : lastDelivered;
        }
        if (requestIds.isEmpty()) {
            firstAccepted = lastDelivered = Instant.EPOCH;
        }
        return new StoredMessages(requestIds, latency, firstAccepted, lastDelivered);
    }

    /** Removes what the run stored: its users are its own, so nothing else matches. */
    void delete(String authClientId, List<BenchUser> users) {
        messages.deleteMany(filter(authClientId, users));
        requests.deleteMany(filter(authClientId, users));
    }

    private static Bson filter(String authClientId, List<BenchUser> users) {
        return and(
                eq("authClientId", authClientId),
                in("userId", users.stream().map(BenchUser::userId).toList()));
    }

    @Override
    public void close() {
        client.close();
    }
}
