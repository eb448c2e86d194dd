package io.github.batchlayer.job.spark;

/** The typed options of {@code summarize}, with their defaults. */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String resultFile, String topExamsPath) {
    public static final long DEFAULT_MIN_ASSESSMENTS = 100L;   // the seed's "more than 100"

    public static SummarizeOptions from(JobArgs args) {
        return new SummarizeOptions(args.require("raw-path"), args.require("summary-path"),
                args.getLong("min-assessments", DEFAULT_MIN_ASSESSMENTS), args.require("csv-dir"),
                args.require("result-file"), args.get("top-exams-path"));
    }
}
