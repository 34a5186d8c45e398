package com.wallet.inbox.bench.summary;

import com.wallet.inbox.bench.support.BenchReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code summarize}: medians of the run reports in a directory and each main result as a ratio to its ceiling. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Median of every figure over the JSON reports in a directory, and the ratios to the ceilings.")
public final class SummarizeCommand implements Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--dir", required = true, description = "Directory of run reports (*.json, not recursive).")
    Path dir = Path.of(".");

    @Option(names = "--out", description = "Write the summary JSON here.")
    @Nullable
    Path out;

    @Override
    public Integer call() throws IOException {
        Medians medians = new Medians(reports());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("runs", medians.runs());
        summary.put("medians", medians.byKind());
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Ratio ratio : Ratio.ALL) {
            ratio.of(medians).ifPresent(value -> ratios.put(ratio.name(), value));
        }
        summary.put("ratios", ratios);
        String text = JSON.writeValueAsString(summary);
        System.out.println(text);
        if (out != null) {
            Files.writeString(out, text);
        }
        return 0;
    }

    private List<BenchReport> reports() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("summary"))
                    .sorted()
                    .map(SummarizeCommand::read)
                    .toList();
        }
    }

    private static BenchReport read(Path file) {
        try {
            return BenchReport.read(file);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("not a bench report: " + file, e));
        }
    }
}
