package io.github.batchlayer.job.contract;

import java.util.List;

/**
 * What one {@code query} ran ({@code results/query.json}). A statement Spark refused is a result too
 * ({@link #sqlError}, exit 0), so the plugin shows Spark's message instead of a stack trace; the table fields are
 * then empty.
 *
 * @param tables    the tables the statement could read
 * @param table     the first rows laid out as Spark's {@code show()} does
 * @param columns   the result's column names
 * @param shownRows rows in {@link #table}
 * @param rowCount  rows of the whole result
 * @param output    the file the whole result went to, or null when none was asked for
 * @param sqlError  why Spark refused or failed the statement, or null
 */
public record QueryResult(List<String> tables, String table, List<String> columns, int shownRows, long rowCount,
                          Export output, SqlError sqlError, double seconds) {
    public QueryResult {
        tables = tables == null ? List.of() : List.copyOf(tables);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A statement that did not run. */
    public static QueryResult refused(List<String> tables, SqlError error, double seconds) {
        return new QueryResult(tables, "", List.of(), 0, 0, null, error, seconds);
    }

    public boolean failed() {
        return sqlError != null;
    }

    /** The whole result written to a local file. */
    public record Export(String file, String format, long rows) {
    }

    /**
     * Spark's own message (error condition, text, and for a parse error the statement with a caret under the
     * spot); line from 1 and position within it from 0 as Spark counts them, null when Spark names none.
     */
    public record SqlError(String message, String condition, Integer line, Integer position) {
        /** {@code " at line 1, position 7"}, or "" without a position. */
        public String where() {
            return line == null ? "" : " at line " + line + (position == null ? "" : ", position " + position);
        }
    }
}
