package com.wallet.inbox.app.read;

import com.wallet.inbox.app.read.Stats.DayCount;
import com.wallet.inbox.app.read.Stats.FailureCount;
import com.wallet.inbox.app.read.Stats.LanguageCount;
import com.wallet.inbox.app.read.Stats.StatusCount;
import com.wallet.inbox.app.read.Stats.TemplateCount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.stereotype.Service;

/** {@code GET /api/v1/stats}: the two aggregations' facets joined by day and by template. */
@Service
class StatsService {

    /** Without {@code from}, the stats cover the 30 days before {@code to}. */
    static final Duration DEFAULT_SPAN = Duration.ofDays(30);

    private final StatsAggregation aggregation;
    private final Clock clock;

    StatsService(StatsAggregation aggregation, Clock clock) {
        this.aggregation = aggregation;
        this.clock = clock;
    }

    Stats stats(TimeRange range) {
        Instant to = range.to() != null ? range.to() : clock.instant();
        Instant from = range.from() != null ? range.from() : to.minus(DEFAULT_SPAN);
        new TimeRange(from, to); // a defaulted end can still cross the given one: refuse it the same way
        Document delivered = aggregation.delivered(from, to);
        Document failed = aggregation.failed(from, to);
        long deliveredTotal = total(delivered);
        long failedTotal = total(failed);
        return new Stats(
                from,
                to,
                deliveredTotal + failedTotal,
                List.of(new StatusCount("DELIVERED", deliveredTotal), new StatusCount("FAILED", failedTotal)),
                byDay(counts(delivered, "byDay"), counts(failed, "byDay")),
                byTemplate(counts(delivered, "byTemplate"), counts(failed, "byTemplate")),
                sorted(counts(delivered, "byLanguage")).stream()
                        .map(e -> new LanguageCount(e.getKey(), e.getValue()))
                        .toList(),
                sorted(counts(failed, "byFailureCode")).stream()
                        .map(e -> new FailureCount(e.getKey(), e.getValue()))
                        .toList());
    }

    private static List<DayCount> byDay(Map<String, Long> delivered, Map<String, Long> failed) {
        return new TreeSet<>(union(delivered, failed))
                .stream()
                        .map(day -> new DayCount(day, delivered.getOrDefault(day, 0L), failed.getOrDefault(day, 0L)))
                        .toList();
    }

    private static List<TemplateCount> byTemplate(Map<String, Long> delivered, Map<String, Long> failed) {
        return union(delivered, failed).stream()
                .map(code -> new TemplateCount(code, delivered.getOrDefault(code, 0L), failed.getOrDefault(code, 0L)))
                .sorted(Comparator.comparingLong((TemplateCount t) -> -(t.delivered() + t.failed()))
                        .thenComparing(TemplateCount::templateCode))
                .toList();
    }

    private static TreeSet<String> union(Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** A facet's {@code [{_id: key, count: n}]} as a map; a missing key (e.g. no failureCode) reads "unknown". */
    private static Map<String, Long> counts(Document facets, String facet) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document row : facets.getList(facet, Document.class, List.of())) {
            Object key = row.get("_id");
            counts.merge(
                    key == null ? "unknown" : key.toString(),
                    row.get("count", Number.class).longValue(),
                    Long::sum);
        }
        return counts;
    }

    private static long total(Document facets) {
        List<Document> total = facets.getList("total", Document.class, List.of());
        return total.isEmpty() ? 0 : total.get(0).get("count", Number.class).longValue();
    }
}
