package io.github.batchlayer.job.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;

/**
 * Lets through a statement only when it is a query. Judged on Spark's own parse of the statement, not on its
 * first keyword: a keyword list misses {@code WITH x AS (...) INSERT ...}, {@code FROM t INSERT INTO ...} and
 * any statement a later Spark adds, and wrongly refuses a query whose text merely starts oddly. Every statement
 * that changes something (DDL, DML, {@code SET}/{@code RESET}, {@code CACHE}, {@code ADD JAR}, {@code USE} ...)
 * parses to a {@link Command}, except inserts, which parse to an {@link InsertIntoStatement} anywhere in the
 * tree. {@code EXECUTE IMMEDIATE 'stmt'} is neither: what it runs is a string the parser does not look into, so
 * it is refused by name (its plan class has changed between Spark versions). {@code spark.sql} runs commands as
 * soon as it is called, hence the check before it.
 *
 * <p>A guard against accidental writes, not a sandbox: a query can still call {@code reflect()}.
 */
public final class ReadOnlySql {
    private ReadOnlySql() {
    }

    /** Thrown for a statement that is not a query; the message names what it is. */
    public static final class NotAQueryException extends RuntimeException {
        NotAQueryException(String message) {
            super(message);
        }
    }

    /**
     * The parsed statement, when it is a query.
     *
     * @throws NotAQueryException a command or an insert
     * @throws ParseException not SQL (with line and position)
     */
    public static LogicalPlan requireQuery(SparkSession spark, String sql) throws ParseException {
        LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(sql);
        Deque<LogicalPlan> todo = new ArrayDeque<>();
        todo.push(parsed);
        while (!todo.isEmpty()) {
            LogicalPlan node = todo.pop();
            if (node instanceof Command || node instanceof InsertIntoStatement
                    || node.nodeName().contains("ExecuteImmediate")) {
                throw new NotAQueryException("refused: this goal only reads, and the statement is a "
                        + kind(node) + " (" + node.nodeName() + "), not a query; run SELECT, WITH, VALUES, TABLE"
                        + " or FROM ... SELECT statements here");
            }
            scala.jdk.javaapi.CollectionConverters.asJava(node.children()).forEach(todo::push);
        }
        return parsed;
    }

    private static String kind(LogicalPlan node) {
        return node instanceof InsertIntoStatement ? "write" : "command";
    }
}
