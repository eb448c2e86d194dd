package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns Kafka rows into classified rows: every message gets the parsed record and a {@code reason}, null when
 * the message fits. A message is never dropped: either it lands as a record or it is quarantined with its
 * offset and why. All in DataFrame expressions, so parsing runs in Spark's JSON parser on the executors.
 *
 * <p>Reasons, first match wins: {@code null_value} (tombstone), {@code not_json} (including anything after the
 * first value), {@code not_object} (valid JSON but e.g. an array), {@code missing_keen_id},
 * {@code missing_exam_name}, {@code schema_mismatch} (an object whose fields have the wrong types; Spark would
 * null them, so the whole message is kept aside instead).
 */
public final class AssessmentParser {
    public static final String REASON = "reason";
    public static final String NULL_VALUE = "null_value";
    public static final String NOT_JSON = "not_json";
    public static final String NOT_OBJECT = "not_object";
    public static final String MISSING_KEEN_ID = "missing_keen_id";
    public static final String MISSING_EXAM_NAME = "missing_exam_name";
    public static final String SCHEMA_MISMATCH = "schema_mismatch";

    private static final String CORRUPT = "_corrupt_record";
    private static final String PARSED = "parsed";
    private static final String VALUE_BYTES = "value_bytes";
    private static final List<String> KAFKA_META = List.of("kafka_partition", "kafka_offset", "kafka_timestamp");

    private AssessmentParser() {
    }

    /** Kafka-shaped rows to: kafka_partition, kafka_offset, kafka_timestamp, value_bytes, value, parsed, reason. */
    public static Dataset<Row> classify(Dataset<Row> kafkaRows) {
        // from_json fills the corrupt-record column when a field does not convert; that is how a type
        // mismatch inside an otherwise valid object is told apart from a good record. Strict JSON: no NaN,
        // no single quotes (Spark's defaults accept both).
        StructType parseSchema = AssessmentSchema.RECORD.add(CORRUPT, DataTypes.StringType, true);
        Column bytes = col(VALUE_BYTES);
        Column value = col("value");
        Column parsed = col(PARSED);
        Column keenId = parsed.getField("keen_id");
        Column examName = parsed.getField("exam_name");
        Column singleValue = udf(new SingleJsonValue(), DataTypes.BooleanType).apply(bytes);
        // The first branch that matches wins, and later branches are not evaluated: a good record (nearly every
        // message) costs one parse, from_json's; only misfits pay for the checks that name what is wrong.
        Column reason = when(bytes.isNull(), lit(NULL_VALUE))
                .when(parsed.getField(CORRUPT).isNull().and(not(blank(keenId))).and(not(blank(examName)))
                        .and(singleValue), lit(null).cast(DataTypes.StringType))
                .when(expr("try_parse_json(value)").isNull().or(not(singleValue)), lit(NOT_JSON))
                .when(expr("json_object_keys(value)").isNull(), lit(NOT_OBJECT))
                .when(blank(keenId), lit(MISSING_KEEN_ID))
                .when(blank(examName), lit(MISSING_EXAM_NAME))
                .otherwise(lit(SCHEMA_MISMATCH));
        return kafkaRows
                .select(col("partition").as("kafka_partition"), col("offset").as("kafka_offset"),
                        col("timestamp").as("kafka_timestamp"), col("value").as(VALUE_BYTES),
                        col("value").cast("string").as("value"))
                .withColumn(PARSED, from_json(value, parseSchema, Map.of("mode", "PERMISSIVE",
                        "columnNameOfCorruptRecord", CORRUPT, "allowNonNumericNumbers", "false",
                        "allowSingleQuotes", "false")))
                .withColumn(REASON, reason);
    }

    /** Records that fit: Kafka coordinates plus every field of {@link AssessmentSchema#RECORD}. */
    public static Dataset<Row> good(Dataset<Row> classified) {
        List<Column> columns = new ArrayList<>();
        KAFKA_META.forEach(c -> columns.add(col(c)));
        for (String field : AssessmentSchema.RECORD.fieldNames()) {
            columns.add(col(PARSED).getField(field).as(field));
        }
        return classified.where(col(REASON).isNull()).select(columns.toArray(new Column[0]));
    }

    /** Messages that do not fit, whole, with where they came from and why. */
    public static Dataset<Row> quarantined(Dataset<Row> classified) {
        return classified.where(col(REASON).isNotNull())
                .select(col("kafka_partition"), col("kafka_offset"), col("kafka_timestamp"), col("value"),
                        col(REASON));
    }

    private static Column blank(Column c) {
        return c.isNull().or(trim(c).equalTo(""));
    }
}
