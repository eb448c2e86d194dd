package io.github.batchlayer.verify;

/**
 * The names of the checks. They are part of verify.json's contract (CI and tests look checks up by name), so
 * they live in one place and change only on purpose.
 */
public final class CheckNames {
    public static final String GOALS_SUCCEEDED = "goals-succeeded";
    public static final String PUBLISHED_SOURCE = "published-source";
    public static final String SUMMARIZE_RESULT = "summarize-result";
    public static final String RAW_ROWS = "raw-rows";
    public static final String DISTINCT_EXAMS = "distinct-exams";
    public static final String EXAM_COUNTS = "exam-counts";
    public static final String TOP_EXAMS = "top-exams";
    public static final String SUMMARY_TOTAL = "summary-total";
    public static final String SUMMARY_ROWS = "summary-rows";
    public static final String QUARANTINED = "quarantined";
    public static final String EXPECTED_RECORDS = "expected-records";
    public static final String EXPECTED_DISTINCT_EXAMS = "expected-distinct-exams";

    private CheckNames() {
    }

    /** One per FAILED journal entry, e.g. "goal-failed:publish:first-slice". */
    public static String goalFailed(String goal, String execution) {
        return "goal-failed:" + goal + ":" + execution;
    }

    /** One per declared top exam, e.g. "expected-top-exam:Learning Git". */
    public static String expectedTopExam(String examName) {
        return "expected-top-exam:" + examName;
    }
}
