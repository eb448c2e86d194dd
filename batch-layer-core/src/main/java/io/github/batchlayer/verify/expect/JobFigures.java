package io.github.batchlayer.verify.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.verify.SummarizeResultFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the checks of this package need from the summarize job's result ({@code results/summarize.json}):
 * the {@code views} list and the {@code countBy} figures; an absent or failed result gives empty.
 *
 * <p>{@code views}: [{name, sqlFile, rows, columns: [..], ordered, parquetPath, csvPath}], csvPath absolute or
 * relative to the work dir (when it names no file, {@code views/<name>.csv} in the work dir is read).
 * {@code countBy}: the typed {@link SummarizeResult#countBy()}.
 */
public final class JobFigures {
    public static final String VIEWS_DIR = "views";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobFigures() {
    }

    /** The views summarize landed, or empty when its result has no view list. */
    public static Optional<List<LandedView>> views(Path workDir) {
        return result(workDir).filter(r -> r.path("views").isArray()).map(r -> {
            List<LandedView> views = new ArrayList<>();
            for (JsonNode v : r.path("views")) {
                String name = v.path("name").asText();
                List<String> columns = new ArrayList<>();
                v.path("columns").forEach(c -> columns.add(c.asText()));
                String csv = v.path("csvPath").asText(null);
                Path conventional = workDir.resolve(VIEWS_DIR).resolve(name + ".csv");
                // a relative csvPath may be the job's own (relative to where it ran): the convention then decides
                Path csvFile = csv == null || !Files.isRegularFile(workDir.resolve(csv)) ? conventional
                        : workDir.resolve(csv);
                views.add(new LandedView(name, v.path("sqlFile").asText(null), v.path("rows").asLong(), columns,
                        v.path("ordered").asBoolean(false), v.path("parquetPath").asText(null), csvFile));
            }
            return List.copyOf(views);
        });
    }

    /** The counts by a field path summarize recorded, or empty when it was not asked to count. */
    public static Optional<LandedCounts> countBy(Path workDir) {
        return SummarizeResultFile.read(workDir).result().map(SummarizeResult::countBy).map(JobFigures::landed);
    }

    private static LandedCounts landed(CountBy counts) {
        Map<String, Long> raw = new HashMap<>();
        Map<String, Long> quarantined = new HashMap<>();
        for (CountBy.ValueCount v : counts.values()) {
            raw.merge(v.value(), v.raw(), Long::sum);
            quarantined.merge(v.value(), v.quarantined(), Long::sum);
        }
        return new LandedCounts(counts.path(), raw, quarantined);
    }

    private static Optional<JsonNode> result(Path workDir) {
        Path file = ResultFiles.of(workDir, SummarizeArgs.COMMAND);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return root.has("error") ? Optional.empty() : Optional.of(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
