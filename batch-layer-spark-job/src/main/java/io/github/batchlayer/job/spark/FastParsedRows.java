package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.executor.InputMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Kafka rows with {@link FastRecordParser}'s answers beside them, as a Dataset: kafka_partition, kafka_offset,
 * kafka_timestamp, value_bytes, and {@value #PARSED} and {@value #SCAN}, both null for a message the fast path
 * left to {@code from_json}.
 *
 * <p>Each message also counts as a record read (and its bytes as bytes read) in the task's input metrics: Spark's
 * Kafka source reports neither, and the running tasks' metrics are what the goal's progress lines show
 * ({@link JobProgress}), so without this a million-record ingest says only "0/2 tasks" for its whole length.
 *
 * <p>The parser works on Spark's internal rows (the Kafka source's rows in, Catalyst rows out), because a
 * function over external {@link Row}s would convert every nested record twice on the way, which costs about what
 * the fast path saves. {@code internalCreateDataFrame} is the session's own way back from such rows to a
 * Dataset; it is not in Spark's public API, which is why this is the one class that uses it.
 */
final class FastParsedRows {
    static final String PARSED = "fast_parsed";
    static final String SCAN = "fast_scan";

    private FastParsedRows() {
    }

    /**
     * @param kafkaRows   rows with the Kafka source's columns
     * @param parser      the fast path, or null when the schema has none: every message left to from_json
     * @param parseSchema the struct {@code from_json} would give (record schema plus corrupt-record column)
     */
    static Dataset<Row> of(Dataset<Row> kafkaRows, FastRecordParser parser, StructType parseSchema) {
        JavaRDD<InternalRow> messages = kafkaRows
                .select(col("partition"), col("offset"), col("timestamp"), col("value"))
                .queryExecution().toRdd().toJavaRDD();
        JavaRDD<InternalRow> parsed = messages.mapPartitions(rows -> new Iterator<InternalRow>() {
            private final InputMetrics input = TaskContext.get().taskMetrics().inputMetrics();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public InternalRow next() {
                InternalRow r = rows.next(); // the source reuses its row object: every field is read now
                byte[] value = r.isNullAt(3) ? null : r.getBinary(3);
                input.incRecordsRead(1);
                input.incBytesRead(value == null ? 0 : value.length);
                FastRecordParser.Parsed p = parser == null ? null : parser.parse(value);
                return new GenericInternalRow(new Object[] {
                    r.isNullAt(0) ? null : r.getInt(0), r.isNullAt(1) ? null : r.getLong(1),
                    r.isNullAt(2) ? null : r.getLong(2), value, p == null ? null : p.row(),
                    p == null ? null : p.scan()});
            }
        });
        StructType schema = new StructType()
                .add("kafka_partition", DataTypes.IntegerType)
                .add("kafka_offset", DataTypes.LongType)
                .add("kafka_timestamp", DataTypes.TimestampType)
                .add("value_bytes", DataTypes.BinaryType)
                .add(PARSED, parseSchema.asNullable())
                .add(SCAN, DataTypes.StringType);
        return ((org.apache.spark.sql.classic.SparkSession) kafkaRows.sparkSession())
                .internalCreateDataFrame(parsed.rdd(), schema, false);
    }
}
