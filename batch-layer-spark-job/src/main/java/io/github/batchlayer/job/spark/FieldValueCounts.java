package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.to_json;

import io.github.batchlayer.job.contract.CountBy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of verify's count-by reconciliation: per value of a dotted field path, the committed raw rows
 * and the committed quarantined messages holding it. Raw rows are read through their schema; a quarantined
 * message is read from its raw text ({@code get_json_object}), because it did not fit the schema. A row or
 * message without the value counts under null, as verify's independent read of the source counts it.
 */
public final class FieldValueCounts {
    private FieldValueCounts() {
    }

    /** The counts per value of {@code path}, values sorted, null first. */
    public static CountBy count(SparkSession spark, Dataset<Row> raw, String rawPath, String quarantinePath,
                                String path) throws IOException {
        Map<String, Long> rawCounts = counts(raw.select(rawValue(raw.schema(), path).as("value")));
        Map<String, Long> quarantined = new HashMap<>();
        String[] dirs = quarantineDirs(spark, rawPath, quarantinePath);
        if (dirs.length > 0) {
            quarantined = counts(spark.read().parquet(dirs).select(get_json_object(col("value"), "$." + path)
                    .as("value")));
        }
        TreeSet<String> values = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        values.addAll(rawCounts.keySet());
        values.addAll(quarantined.keySet());
        List<CountBy.ValueCount> counts = new ArrayList<>();
        for (String value : values) {
            counts.add(new CountBy.ValueCount(value, rawCounts.getOrDefault(value, 0L),
                    quarantined.getOrDefault(value, 0L)));
        }
        JobLog.info("summarize: " + values.size() + " values of " + path + " in raw and quarantine");
        return new CountBy(path, counts);
    }

    private static Map<String, Long> counts(Dataset<Row> values) {
        Map<String, Long> counts = new HashMap<>();
        for (Row r : values.groupBy("value").count().collectAsList()) {
            counts.put(r.isNullAt(0) ? null : r.getString(0), r.getLong(1));
        }
        return counts;
    }

    /** The path's value as text: scalars cast, structs and maps as JSON. A path through an array is refused. */
    static Column rawValue(StructType schema, String path) {
        String[] segments = path.split("\\.", -1);
        DataType type = schema;
        List<String> walked = new ArrayList<>();
        for (String segment : segments) {
            if (!(type instanceof StructType struct)) {
                throw new IllegalArgumentException("--count-by " + path + ": " + String.join(".", walked)
                        + " is " + type.simpleString() + ", not a struct; count by a field that holds one value");
            }
            StructField field = Arrays.stream(struct.fields()).filter(f -> f.name().equals(segment)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--count-by " + path + ": no field " + segment
                            + (walked.isEmpty() ? "" : " in " + String.join(".", walked)) + "; the fields there are "
                            + Arrays.toString(struct.fieldNames())));
            walked.add(segment);
            type = field.dataType();
        }
        Column column = col(String.join(".", walked.stream().map(s -> "`" + s.replace("`", "``") + "`").toList()));
        if (type instanceof ArrayType) {
            throw new IllegalArgumentException("--count-by " + path + " is an array (" + type.simpleString()
                    + "); count by a field that holds one value");
        }
        return type instanceof StructType || type instanceof MapType ? to_json(column) : column.cast("string");
    }

    /** The quarantine directories of committed batches that quarantined anything. */
    private static String[] quarantineDirs(SparkSession spark, String rawPath, String quarantinePath)
            throws IOException {
        if (quarantinePath == null) {
            return new String[0];
        }
        ManifestStore store = new ManifestStore(new Path(rawPath), spark.sparkContext().hadoopConfiguration());
        return store.committed().stream().filter(m -> m.quarantined() > 0)
                .map(m -> BatchLayout.batchDir(new Path(quarantinePath), m.batchId()).toString())
                .toArray(String[]::new);
    }
}
