package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;

import java.nio.file.Path;
import java.util.List;

/** The typed options of {@code summarize} (declared in {@link SummarizeArgs}). */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String topExamsPath, String viewsDir, String viewsPath) {

    /** The views to run: every *.sql file of --views-dir, or the preset's two without it. */
    public List<ViewFile> views() {
        return viewsDir == null ? ViewFile.preset() : ViewFile.discover(Path.of(viewsDir));
    }

    public static SummarizeOptions from(JobArguments<?> args) {
        return new SummarizeOptions(args.get(SummarizeArgs.RAW_PATH), args.get(SummarizeArgs.SUMMARY_PATH),
                args.get(SummarizeArgs.MIN_ASSESSMENTS), args.get(SummarizeArgs.CSV_DIR),
                args.get(SummarizeArgs.TOP_EXAMS_PATH), args.get(SummarizeArgs.VIEWS_DIR),
                args.get(SummarizeArgs.VIEWS_PATH));
    }
}
