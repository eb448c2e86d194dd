package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;

/**
 * The typed options of {@code summarize} (declared in {@link SummarizeArgs}).
 *
 * @param countBy        a dotted field path to count per value over raw and quarantine (verify reconciles them
 *                       with the source), or null
 * @param quarantinePath the ingest's quarantine root, read only for {@code countBy}, or null
 */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String topExamsPath, String countBy, String quarantinePath) {

    public SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                            String topExamsPath) {
        this(rawPath, summaryPath, minAssessments, csvDir, topExamsPath, null, null);
    }

    public static SummarizeOptions from(JobArguments<?> args) {
        return new SummarizeOptions(args.get(SummarizeArgs.RAW_PATH), args.get(SummarizeArgs.SUMMARY_PATH),
                args.get(SummarizeArgs.MIN_ASSESSMENTS), args.get(SummarizeArgs.CSV_DIR),
                args.get(SummarizeArgs.TOP_EXAMS_PATH), args.get(SummarizeArgs.COUNT_BY),
                args.get(SummarizeArgs.QUARANTINE_PATH));
    }
}
