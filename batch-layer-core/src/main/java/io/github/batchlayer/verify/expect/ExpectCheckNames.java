package io.github.batchlayer.verify.expect;

/**
 * The names of the checks of declared view expectations and of the source reconciliation; like
 * {@link io.github.batchlayer.verify.CheckNames}, part of verify.json's (and the JUnit report's) contract.
 */
public final class ExpectCheckNames {
    private ExpectCheckNames() {
    }

    /** The view itself: named in the pom but not landed, or its CSV unreadable, e.g. "view:daily_totals". */
    public static String view(String view) {
        return "view:" + view;
    }

    /** One of a view's checks, e.g. "view:daily_totals:rows", "view:daily_totals:not-null:day". */
    public static String view(String view, String kind) {
        return "view:" + view + ":" + kind;
    }

    public static String view(String view, String kind, String columns) {
        return "view:" + view + ":" + kind + ":" + columns;
    }

    /** A golden file whose view does not exist, e.g. "golden:daily_total.csv". */
    public static String orphanGolden(String fileName) {
        return "golden:" + fileName;
    }

    /** Per-value reconciliation of the source against raw + quarantine, e.g. "counts-by:exam_name". */
    public static String countsBy(String path) {
        return "counts-by:" + path;
    }
}
