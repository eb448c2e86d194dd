package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code query}: one Spark SQL statement over what has landed ({@link LandedTables}), as the seed ran them in a
 * pyspark shell: the first rows as Spark's {@code show()} lays them out, the row count, the time taken, and the
 * whole result as a file when asked. Only queries run ({@link ReadOnlySql}). A statement Spark refuses is the
 * user's mistake, not the job's: it is reported in the result ({@code sqlError}) with exit code 0, like a failed
 * probe, so the plugin shows Spark's message and position instead of a stack trace.
 */
public final class QueryCommand {
    private final SparkSession spark;
    private final QueryOptions options;

    public QueryCommand(SparkSession spark, QueryOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public ObjectNode run() throws IOException {
        String sql = Files.readString(Path.of(options.sqlFile()), StandardCharsets.UTF_8);
        if (sql.isBlank()) {
            throw new UsageException("the statement in " + options.sqlFile() + " is empty");
        }
        ObjectNode result = ResultFile.newResult(JobArgs.QUERY);
        // rows hand out java.time values: CellText formats them in the session's zone, not the JVM's
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        List<String> tables = LandedTables.find(spark, options.tables()).register(options.tables().rawAlias());
        tables.forEach(result.putArray("tables")::add);
        long start = System.nanoTime();
        try {
            ReadOnlySql.requireQuery(spark, sql);
            Dataset<Row> rows = spark.sql(sql);
            show(rows, result);
        } catch (ReadOnlySql.NotAQueryException e) {
            SqlError.refused(e.getMessage()).writeTo(result);
        } catch (Exception e) {
            // Spark declares nothing: its analysis, parse and run-time errors arrive as any exception
            SqlError.of(e, sql).orElseThrow(() -> e instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getMessage(), e)).writeTo(result);
        }
        result.put("seconds", JobLog.elapsedSeconds(start));
        JobLog.info("query: " + (result.has("sqlError") ? "failed: " + result.path("sqlError").path("condition")
                .asText() : result.path("rowCount").asLong() + " rows") + " in " + JobLog.seconds(start) + " s");
        return result;
    }

    private void show(Dataset<Row> rows, ObjectNode result) throws IOException {
        List<Row> first = rows.takeAsList(options.rows() + 1);
        boolean hasMore = first.size() > options.rows();
        List<Row> shown = hasMore ? first.subList(0, options.rows()) : first;
        CellText text = new CellText(ZoneId.of(spark.conf().get("spark.sql.session.timeZone")));
        List<String> header = List.of(rows.schema().fieldNames());
        result.put("table", ShowTable.render(header, shown.stream().map(text::row).toList(), options.truncate(),
                hasMore));
        ArrayNode columns = result.putArray("columns");
        header.forEach(columns::add);
        result.put("shownRows", shown.size());
        long count;
        if (options.output() != null) {
            Path file = Path.of(options.output());
            count = ResultExport.write(rows, file);
            result.putObject("output").put("file", file.toAbsolutePath().toString())
                    .put("format", ResultExport.formatOf(options.output()).name().toLowerCase(java.util.Locale.ROOT))
                    .put("rows", count);
        } else {
            count = hasMore ? rows.count() : shown.size();
        }
        result.put("rowCount", count);
    }
}
