package io.github.batchlayer.job.spark;

/**
 * The typed options of {@code summarize}, with their defaults.
 *
 * @param countBy        a dotted field path to count per value over raw and quarantine (verify reconciles them
 *                       with the source), or null
 * @param quarantinePath the ingest's quarantine root, read only for {@code countBy}, or null
 */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String resultFile, String topExamsPath, String countBy, String quarantinePath) {
    public static final long DEFAULT_MIN_ASSESSMENTS = 100L;   // the seed's "more than 100"

    public SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir, String resultFile,
                            String topExamsPath) {
        this(rawPath, summaryPath, minAssessments, csvDir, resultFile, topExamsPath, null, null);
    }

    public static SummarizeOptions from(JobArgs args) {
        return new SummarizeOptions(args.require("raw-path"), args.require("summary-path"),
                args.getLong("min-assessments", DEFAULT_MIN_ASSESSMENTS), args.require("csv-dir"),
                args.require("result-file"), args.get("top-exams-path"), args.get("count-by"),
                args.get("quarantine-path"));
    }
}
