package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;

import java.nio.file.Path;
import java.util.List;

/**
 * The typed options of {@code summarize} (declared in {@link SummarizeArgs}).
 *
 * @param viewsDir       the consumer's *.sql views, or null for the preset's two
 * @param viewsPath      where the views land on the cluster, one directory per view
 * @param countBy        a dotted field path to count per value over raw and quarantine (verify reconciles them
 *                       with the source), or null
 * @param quarantinePath the ingest's quarantine root, read only for {@code countBy}, or null
 */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String topExamsPath, String viewsDir, String viewsPath, String countBy,
                               String quarantinePath) {

    /** Without a count-by field. */
    public SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                            String topExamsPath, String viewsDir, String viewsPath) {
        this(rawPath, summaryPath, minAssessments, csvDir, topExamsPath, viewsDir, viewsPath, null, null);
    }

    /** The views to run: every *.sql file of --views-dir, or the preset's two without it. */
    public List<ViewFile> views() {
        return viewsDir == null ? ViewFile.preset() : ViewFile.discover(Path.of(viewsDir));
    }

    public static SummarizeOptions from(JobArguments<?> args) {
        return new SummarizeOptions(args.get(SummarizeArgs.RAW_PATH), args.get(SummarizeArgs.SUMMARY_PATH),
                args.get(SummarizeArgs.MIN_ASSESSMENTS), args.get(SummarizeArgs.CSV_DIR),
                args.get(SummarizeArgs.TOP_EXAMS_PATH), args.get(SummarizeArgs.VIEWS_DIR),
                args.get(SummarizeArgs.VIEWS_PATH), args.get(SummarizeArgs.COUNT_BY),
                args.get(SummarizeArgs.QUARANTINE_PATH));
    }
}
