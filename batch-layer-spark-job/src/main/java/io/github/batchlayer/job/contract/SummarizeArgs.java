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

    private SummarizeArgs() {
    }
}
