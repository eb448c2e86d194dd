package io.github.batchlayer.job.spark;

import java.util.List;

/**
 * Lays out rows of cell texts the way Spark's {@code Dataset.show(n, truncate)} prints them, so what the goal
 * prints looks like what a pyspark shell printed: a {@code +---+} rule, the header, a rule, the rows, a rule,
 * and {@code only showing top n rows} when there were more. Columns are at least 3 wide; with a truncate width
 * cells are cut to it (the last 3 characters become {@code ...} when it is 4 or more) and right-aligned,
 * without one they are left-aligned and whole. Line breaks and other control characters in a cell are shown
 * escaped ({@code \n}), so a cell never breaks the table. East Asian wide characters count as two columns, as in
 * Spark.
 */
public final class ShowTable {
    private static final int MIN_WIDTH = 3;

    private ShowTable() {
    }

    /**
     * @param header   column names
     * @param rows     the rows to show, each as many cells as the header (a cell is already rendered text)
     * @param truncate cut cells longer than this; 0 or less: never
     * @param hasMore  whether the result had more rows than those shown
     */
    public static String render(List<String> header, List<List<String>> rows, int truncate, boolean hasMore) {
        int columns = header.size();
        String[][] cells = new String[rows.size() + 1][];
        cells[0] = header.stream().map(ShowTable::escapeControls).toArray(String[]::new);   // never cut, as in Spark
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != columns) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " cells for " + columns
                        + " columns");
            }
            cells[r + 1] = row.stream().map(c -> cell(c, truncate)).toArray(String[]::new);
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = MIN_WIDTH;
            for (String[] row : cells) {
                widths[c] = Math.max(widths[c], displayWidth(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        String rule = rule(widths);
        out.append(rule);
        line(out, cells[0], widths, truncate > 0);
        out.append(rule);
        for (int r = 1; r < cells.length; r++) {
            line(out, cells[r], widths, truncate > 0);
        }
        out.append(rule);
        if (hasMore) {
            out.append("only showing top ").append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
                    .append('\n');
        }
        return out.toString();
    }

    /** The cell as shown: control characters escaped, then cut to {@code truncate} if asked. */
    static String cell(String text, int truncate) {
        String shown = escapeControls(text);
        if (truncate > 0 && shown.length() > truncate) {
            // as Spark: no ellipsis when there is no room for one
            return truncate < 4 ? shown.substring(0, truncate) : shown.substring(0, truncate - 3) + "...";
        }
        return shown;
    }

    static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                case '\u000B' -> out.append("\\v");
                case '\u0007' -> out.append("\\a");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Columns a text takes in a terminal: wide (CJK, full-width) characters take two. */
    static int displayWidth(String text) {
        int width = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (isWide(text.charAt(i))) {
                width++;
            }
        }
        return width;
    }

    // the ranges Spark counts as full width (Hangul Jamo, CJK, Hangul syllables, compatibility and full-width forms)
    private static boolean isWide(char ch) {
        return (ch >= '\u1100' && ch <= '\u115F') || (ch >= '\u2E80' && ch <= '\uA4CF')
                || (ch >= '\uAC00' && ch <= '\uD7A3') || (ch >= '\uF900' && ch <= '\uFAFF')
                || (ch >= '\uFE10' && ch <= '\uFE19') || (ch >= '\uFE30' && ch <= '\uFE6F')
                || (ch >= '\uFF00' && ch <= '\uFF60') || (ch >= '\uFFE0' && ch <= '\uFFE6');
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder("+");
        for (int w : widths) {
            rule.append("-".repeat(w)).append('+');
        }
        return rule.append('\n').toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths, boolean alignRight) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - displayWidth(cells[c]));
            out.append(alignRight ? pad + cells[c] : cells[c] + pad).append('|');
        }
        out.append('\n');
    }
}
