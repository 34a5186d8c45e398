package com.wallet.inbox.app.read;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.RequestStatus;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** One aggregation per collection: a range {@code $match} (served by an index), then a {@code $facet} of counts. */
@Component
class StatsAggregation {

    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> requests;

    StatsAggregation(MongoDatabase database) {
        this.messages = database.getCollection(InboxCollections.MESSAGES);
        this.requests = database.getCollection(InboxCollections.REQUESTS);
    }

    /** Delivered messages: facets total, byDay, byTemplate, byLanguage. */
    Document delivered(Instant from, Instant to) {
        Bson match = range(from, to, "deliveredAt");
        return facets(
                messages,
                match,
                Map.of(
                        "byDay", List.of(countBy(day("$deliveredAt"))),
                        "byTemplate", List.of(countBy("$templateCode")),
                        "byLanguage", List.of(Aggregates.unwind("$contents"), countBy("$contents.language"))));
    }

    /** Failed requests: facets total, byDay, byTemplate, byFailureCode. */
    Document failed(Instant from, Instant to) {
        Bson match = and(eq("status", RequestStatus.FAILED.name()), range(from, to, "failedAt"));
        return facets(
                requests,
                match,
                Map.of(
                        "byDay", List.of(countBy(day("$failedAt"))),
                        "byTemplate", List.of(countBy("$templateCode")),
                        "byFailureCode", List.of(countBy("$failureCode"))));
    }

    private static Document facets(MongoCollection<Document> collection, Bson match, Map<String, List<Bson>> facets) {
        Map<String, List<Bson>> all = new LinkedHashMap<>(facets);
        all.put("total", List.of(Aggregates.count("count")));
        List<Facet> stages = all.entrySet().stream()
                .map(e -> new Facet(e.getKey(), e.getValue()))
                .toList();
        Document result = collection
                .aggregate(List.of(Aggregates.match(match), Aggregates.facet(stages)))
                .first();
        return result == null ? new Document() : result;
    }

    private static Bson countBy(Object key) {
        return Aggregates.group(key, Accumulators.sum("count", 1));
    }

    private static Document day(String field) {
        return new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", field));
    }

    private static Bson range(Instant from, Instant to, String field) {
        return and(gte(field, Date.from(from)), lt(field, Date.from(to)));
    }
}
