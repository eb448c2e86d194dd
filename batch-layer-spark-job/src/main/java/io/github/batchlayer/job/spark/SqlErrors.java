package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.QueryResult.SqlError;
import java.util.Optional;
import org.apache.spark.QueryContext;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/**
 * A statement Spark refused or failed to run, as the user should see it ({@link SqlError}): Spark's own message
 * (error condition, text, and for a parse error the statement with a caret under the spot) and the position,
 * without a stack trace. Line and position are Spark's: the line from 1, the position within it from 0.
 */
final class SqlErrors {
    static final String NOT_A_QUERY = "NOT_A_QUERY";

    private SqlErrors() {
    }

    /** The SQL error in {@code e} or its causes (a failed task wraps the real one), if there is one. */
    static Optional<SqlError> of(Throwable e, String sql) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AnalysisException a) {     // ParseException is one too
                return Optional.of(new SqlError(a.getMessage(), a.getCondition(),
                        a.line().isDefined() ? (Integer) a.line().get() : null,
                        a.startPosition().isDefined() ? (Integer) a.startPosition().get() : null));
            }
            if (t instanceof SparkThrowable s && s.getCondition() != null) {   // e.g. DIVIDE_BY_ZERO at run time
                QueryContext[] context = s.getQueryContext();
                int start = context == null || context.length == 0 ? -1 : context[0].startIndex();
                return Optional.of(start < 0 || start > sql.length()
                        ? new SqlError(t.getMessage(), s.getCondition(), null, null)
                        : new SqlError(t.getMessage(), s.getCondition(), lineOf(sql, start), positionOf(sql, start)));
            }
        }
        return Optional.empty();
    }

    static SqlError refused(String message) {
        return new SqlError(message, NOT_A_QUERY, null, null);
    }

    private static int lineOf(String sql, int index) {
        return (int) sql.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int positionOf(String sql, int index) {
        return index - (sql.lastIndexOf('\n', index - 1) + 1);
    }
}
