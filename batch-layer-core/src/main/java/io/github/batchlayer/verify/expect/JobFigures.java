package io.github.batchlayer.verify.expect;

import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.ViewResult;
import io.github.batchlayer.verify.SummarizeResultFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the checks of this package need from the summarize job's result ({@code results/summarize.json}):
 * the {@code views} list and the {@code countBy} figures; an absent or failed result gives empty.
 *
 * <p>Both come from the typed {@link SummarizeResult}: {@code views()} (a csvPath that names no file falls back to
 * {@code views/<name>.csv} in the work dir) and {@code countBy()}.
 */
public final class JobFigures {
    public static final String VIEWS_DIR = "views";

    private JobFigures() {
    }

    /** The views summarize landed, or empty when there is no (successful) summarize result or it landed none. */
    public static Optional<List<LandedView>> views(Path workDir) {
        return views(workDir, SummarizeResultFile.read(workDir).result());
    }

    /** As {@link #views(Path)}, from a summarize result already read. */
    public static Optional<List<LandedView>> views(Path workDir, Optional<SummarizeResult> summarize) {
        return summarize.filter(r -> !r.views().isEmpty())
                .map(r -> r.views().stream().map(v -> landed(workDir, v)).toList());
    }

    private static LandedView landed(Path workDir, ViewResult v) {
        Path conventional = workDir.resolve(VIEWS_DIR).resolve(v.name() + ".csv");
        // a relative csvPath may be the job's own (relative to where it ran): the convention then decides
        Path csvFile = v.csvPath() == null || !Files.isRegularFile(workDir.resolve(v.csvPath())) ? conventional
                : workDir.resolve(v.csvPath());
        return new LandedView(v.name(), v.sqlFile(), v.rows(), v.columns(), v.ordered(), v.parquetPath(), csvFile);
    }

    /** The counts by a field path summarize recorded, or empty when it was not asked to count. */
    public static Optional<LandedCounts> countBy(Optional<SummarizeResult> summarize) {
        return summarize.map(SummarizeResult::countBy).map(JobFigures::landed);
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
}
