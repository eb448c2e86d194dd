package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.dataset.ExamCount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Spark summarize job's own account ({@code results/summarize.json}): the landed side of the comparison.
 * Absent numbers stay null so a missing figure is reported as missing, not as zero.
 */
public record SummarizeResult(Long rawRows, Long distinctExams, Map<String, Long> examCounts,
                              List<ExamCount> topExams, Long summaryRows, Long summaryTotal) {

    public static final String RELATIVE_PATH = "results/summarize.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The field a failed job run writes instead of figures. */
    private static final String ERROR = "error";

    public static Path file(Path workDir) {
        return workDir.resolve(RELATIVE_PATH);
    }

    /** Empty when the job left no result (it did not run, or failed before writing one) or its last run failed. */
    public static Optional<SummarizeResult> read(Path workDir) {
        Optional<JsonNode> found = readTree(workDir);
        if (found.isEmpty() || found.get().has(ERROR)) {
            return Optional.empty();
        }
        JsonNode root = found.get();
        Map<String, Long> exams = new LinkedHashMap<>();
        root.path("examCounts").fields().forEachRemaining(e -> exams.put(e.getKey(), e.getValue().asLong()));
        List<ExamCount> top = new ArrayList<>();
        for (JsonNode row : root.path("topExams")) {
            top.add(new ExamCount(row.path("exam_name").asText(), row.path("total").asLong()));
        }
        return Optional.of(new SummarizeResult(number(root, "rawRows"), number(root, "distinctExams"),
                exams, List.copyOf(top), number(root, "summaryRows"), number(root, "summaryTotal")));
    }

    /**
     * The error of the last summarize run when it failed after Spark started (the job then writes its error in
     * place of figures); empty when it succeeded or left no result.
     */
    public static Optional<String> failure(Path workDir) {
        return readTree(workDir).filter(root -> root.has(ERROR)).map(root -> root.path(ERROR).asText());
    }

    private static Optional<JsonNode> readTree(Path workDir) {
        Path file = file(workDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Long number(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isNumber() ? node.asLong() : null;
    }
}
