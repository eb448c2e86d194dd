package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;

/** The typed options of {@code summarize} (declared in {@link SummarizeArgs}). */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String topExamsPath) {

    public static SummarizeOptions from(JobArguments<?> args) {
        return new SummarizeOptions(args.get(SummarizeArgs.RAW_PATH), args.get(SummarizeArgs.SUMMARY_PATH),
                args.get(SummarizeArgs.MIN_ASSESSMENTS), args.get(SummarizeArgs.CSV_DIR),
                args.get(SummarizeArgs.TOP_EXAMS_PATH));
    }
}
