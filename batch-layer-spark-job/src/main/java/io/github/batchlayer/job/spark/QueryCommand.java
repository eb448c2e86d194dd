package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.QueryResult;
import io.github.batchlayer.job.contract.QueryResult.SqlError;
import io.github.batchlayer.job.contract.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code query}: one Spark SQL statement over what has landed ({@link LandedTables}), as the seed ran them in a
 * pyspark shell: the first rows as Spark's {@code show()} lays them out, the row count, the time taken, and the
 * whole result as a file when asked. Only queries run ({@link ReadOnlySql}). A statement Spark refuses is the
 * user's mistake, not the job's: it is reported in the result ({@link QueryResult#sqlError}) with exit code 0, like a failed
 * probe, so the plugin shows Spark's message and position instead of a stack trace.
 */
public final class QueryCommand {
    private final SparkSession spark;
    private final QueryOptions options;

    public QueryCommand(SparkSession spark, QueryOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public QueryResult run() throws IOException {
        String sql = Files.readString(Path.of(options.sqlFile()), StandardCharsets.UTF_8);
        if (sql.isBlank()) {
            throw new UsageException("the statement in " + options.sqlFile() + " is empty");
        }
        // rows hand out java.time values: CellText formats them in the session's zone, not the JVM's
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        List<String> tables = LandedTables.find(spark, options.tables()).register(options.tables().rawAlias());
        long start = System.nanoTime();
        QueryResult result;
        try {
            ReadOnlySql.requireQuery(spark, sql);
            result = show(spark.sql(sql), tables, start);
        } catch (ReadOnlySql.NotAQueryException e) {
            result = QueryResult.refused(tables, SqlErrors.refused(e.getMessage()), JobLog.elapsedSeconds(start));
        } catch (Exception e) {
            // Spark declares nothing: its analysis, parse and run-time errors arrive as any exception
            SqlError error = SqlErrors.of(e, sql).orElseThrow(() -> e instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getMessage(), e));
            result = QueryResult.refused(tables, error, JobLog.elapsedSeconds(start));
        }
        JobLog.info("query: " + (result.failed() ? "failed: " + result.sqlError().condition()
                : result.rowCount() + " rows") + " in " + JobLog.seconds(start) + " s");
        return result;
    }

    private QueryResult show(Dataset<Row> rows, List<String> tables, long start) throws IOException {
        List<Row> first = rows.takeAsList(options.rows() + 1);
        boolean hasMore = first.size() > options.rows();
        List<Row> shown = hasMore ? first.subList(0, options.rows()) : first;
        CellText text = new CellText(ZoneId.of(spark.conf().get("spark.sql.session.timeZone")));
        List<String> header = List.of(rows.schema().fieldNames());
        String table = ShowTable.render(header, shown.stream().map(text::row).toList(), options.truncate(), hasMore);
        QueryResult.Export export = null;
        long count;
        if (options.output() != null) {
            Path file = Path.of(options.output());
            count = ResultExport.write(rows, file);
            export = new QueryResult.Export(file.toAbsolutePath().toString(),
                    ResultExport.formatOf(options.output()).name().toLowerCase(Locale.ROOT), count);
        } else {
            count = hasMore ? rows.count() : shown.size();
        }
        return new QueryResult(tables, table, header, shown.size(), count, export, null,
                JobLog.elapsedSeconds(start));
    }
}
