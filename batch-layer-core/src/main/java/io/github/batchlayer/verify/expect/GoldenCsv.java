package io.github.batchlayer.verify.expect;

import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.CsvTable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's rows against a golden CSV: the same columns, and the same rows as a multiset (values compared by
 * {@link CellValue}); when the comparison is ordered, also in the same order. A failure lists the first rows
 * missing from the view and the first extra ones, each with its row number, so the wrong row is found at once.
 */
public final class GoldenCsv {
    static final int SAMPLE = 5;

    private GoldenCsv() {
    }

    /**
     * @param name   the check's name
     * @param golden the expected table, read from {@code goldenLabel}
     * @param actual the view's table
     */
    public static Check compare(String name, String goldenLabel, CsvTable golden, CsvTable actual, boolean ordered) {
        String expected = golden.rows().size() + " rows as in " + goldenLabel + (ordered ? ", in order" : "");
        if (!golden.header().equals(actual.header())) {
            return Check.fail(name, expected, "columns differ: " + goldenLabel + " has " + golden.header()
                    + ", the view has " + actual.header());
        }
        String width = widthProblem(golden, goldenLabel);
        if (width != null) {
            return Check.fail(name, expected, width);
        }
        List<Integer> missing = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        Map<List<String>, Deque<Integer>> unmatched = new HashMap<>();
        for (int i = 0; i < golden.rows().size(); i++) {
            unmatched.computeIfAbsent(key(golden.rows().get(i)), k -> new ArrayDeque<>()).add(i);
        }
        boolean[] matched = new boolean[golden.rows().size()];
        for (int i = 0; i < actual.rows().size(); i++) {
            Deque<Integer> rows = unmatched.get(key(actual.rows().get(i)));
            if (rows == null || rows.isEmpty()) {
                extra.add(i);
            } else {
                matched[rows.poll()] = true;
            }
        }
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder text = new StringBuilder(actual.rows().size() + " rows; ");
            text.append(missing.size()).append(" missing");
            appendRows(text, missing, golden);
            text.append("; ").append(extra.size()).append(" extra");
            appendRows(text, extra, actual);
            return Check.fail(name, expected, text.toString());
        }
        if (ordered) {
            for (int i = 0; i < golden.rows().size(); i++) {
                if (!key(golden.rows().get(i)).equals(key(actual.rows().get(i)))) {
                    return Check.fail(name, expected, "the same rows in another order: row " + (i + 1)
                            + " is " + show(actual.rows().get(i)) + ", expected " + show(golden.rows().get(i)));
                }
            }
        }
        return Check.pass(name, expected, actual.rows().size() + " rows, all equal");
    }

    /** A golden row with another number of fields than its header is a broken file, not a missing row. */
    private static String widthProblem(CsvTable table, String label) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).size() != table.header().size()) {
                return label + " row " + (i + 1) + " has " + table.rows().get(i).size() + " fields, its header "
                        + table.header().size() + ": " + show(table.rows().get(i));
            }
        }
        return null;
    }

    private static void appendRows(StringBuilder text, List<Integer> rows, CsvTable table) {
        if (rows.isEmpty()) {
            return;
        }
        text.append(": ");
        for (int i = 0; i < Math.min(SAMPLE, rows.size()); i++) {
            int row = rows.get(i);
            text.append(i == 0 ? "" : ", ").append("row ").append(row + 1).append(' ')
                    .append(show(table.rows().get(row)));
        }
        if (rows.size() > SAMPLE) {
            text.append(", ...");
        }
    }

    private static List<String> key(List<String> row) {
        return row.stream().map(CellValue::canonical).toList();
    }

    static String show(List<String> row) {
        return "[" + String.join(", ", row) + "]";
    }
}
