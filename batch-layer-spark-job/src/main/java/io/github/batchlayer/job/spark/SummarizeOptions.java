package io.github.batchlayer.job.spark;

/** The typed options of {@code summarize}, with their defaults. */
public record SummarizeOptions(String rawPath, String summaryPath, long minAssessments, String csvDir,
                               String resultFile, String topExamsPath, String viewsDir, String viewsPath) {
    public static final long DEFAULT_MIN_ASSESSMENTS = 100L;   // the seed's "more than 100"
    public static final String DEFAULT_VIEWS_PATH = "/tmp/batch_views";

    /** The views to run: every *.sql file of --views-dir, or the preset's two without it. */
    public java.util.List<ViewFile> views() {
        return viewsDir == null ? ViewFile.preset() : ViewFile.discover(java.nio.file.Path.of(viewsDir));
    }

    public static SummarizeOptions from(JobArgs args) {
        return new SummarizeOptions(args.require("raw-path"), args.require("summary-path"),
                args.getLong("min-assessments", DEFAULT_MIN_ASSESSMENTS), args.require("csv-dir"),
                args.require("result-file"), args.get("top-exams-path"), args.get("views-dir"),
                args.get("views-path") == null ? DEFAULT_VIEWS_PATH : args.get("views-path"));
    }
}
