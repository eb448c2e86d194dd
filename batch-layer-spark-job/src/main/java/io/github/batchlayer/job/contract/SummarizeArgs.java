package io.github.batchlayer.job.contract;

/** The options of {@code summarize}, declared once: adding an option is one line here. */
public final class SummarizeArgs {
    public static final JobCommand<SummarizeResult> COMMAND = new JobCommand<>("summarize", SummarizeResult.class);

    public static final JobOption<String> RAW_PATH = COMMAND.required("raw-path", "URI");
    public static final JobOption<String> SUMMARY_PATH = COMMAND.required("summary-path", "URI");
    public static final JobOption<String> CSV_DIR = COMMAND.required("csv-dir", "DIR");
    /** The seed's "more than 100". */
    public static final JobOption<Long> MIN_ASSESSMENTS = COMMAND.number("min-assessments", 100L);
    public static final JobOption<String> TOP_EXAMS_PATH = COMMAND.optional("top-exams-path", "URI");
    /** The consumer's *.sql views; without it the preset's two views run. */
    public static final JobOption<String> VIEWS_DIR = COMMAND.optional("views-dir", "DIR");
    /** Where the views land on the cluster, one directory per view. */
    public static final JobOption<String> VIEWS_PATH = COMMAND.text("views-path", "URI", "/tmp/batch_views");
    /** A dotted field path to count per value over raw and quarantine, for verify's reconciliation. */
    public static final JobOption<String> COUNT_BY = COMMAND.optional("count-by", "FIELD.PATH");
    /** The ingest's quarantine root, read only for {@link #COUNT_BY}. */
    public static final JobOption<String> QUARANTINE_PATH = COMMAND.optional("quarantine-path", "URI");

    private SummarizeArgs() {
    }
}
