package com.wallet.inbox.bench.summary;

import com.wallet.inbox.bench.support.BenchReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The median of every metric over the runs of each kind. */
final class Medians {

    private final Map<String, Map<String, Double>> byKind = new TreeMap<>();
    private final Map<String, Integer> runs = new TreeMap<>();

    Medians(Collection<BenchReport> reports) {
        Map<String, Map<String, List<Double>>> values = new TreeMap<>();
        for (BenchReport report : reports) {
            runs.merge(report.kind(), 1, Integer::sum);
            report.metrics()
                    .forEach((metric, value) -> values.computeIfAbsent(report.kind(), k -> new TreeMap<>())
                            .computeIfAbsent(metric, m -> new ArrayList<>())
                            .add(value));
        }
        values.forEach((kind, metrics) -> {
            Map<String, Double> medians = new TreeMap<>();
            metrics.forEach((metric, list) -> medians.put(metric, median(list)));
            byKind.put(kind, medians);
        });
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    OptionalDouble get(String kind, String metric) {
        Double value = byKind.getOrDefault(kind, Map.of()).get(metric);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    Map<String, Map<String, Double>> byKind() {
        return byKind;
    }

    Map<String, Integer> runs() {
        return runs;
    }
}
