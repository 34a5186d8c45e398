package com.wallet.inbox.bench.support;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one benchmark run produced: numeric metrics (the summary takes their medians) and details that
 * describe the run. Written as JSON, printed as a table.
 */
public record BenchReport(String kind, Instant finishedAt, Map<String, Double> metrics, Map<String, Object> details) {

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BenchReport {
        metrics = Map.copyOf(new LinkedHashMap<>(metrics));
        details = Map.copyOf(details);
    }

    public static BenchReport read(Path file) {
        return JSON.readValue(file.toFile(), BenchReport.class);
    }

    public void write(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void print(PrintStream out) {
        out.println("== " + kind + " ==");
        new TreeMap<>(metrics).forEach((name, value) -> out.printf("  %-40s %14.2f%n", name, value));
        new TreeMap<>(details).forEach((name, value) -> out.printf("  %-40s %s%n", name, value));
    }
}
