package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * Turns Kafka rows into classified rows for any {@link RecordSchema}: every message gets the parsed record and
 * a {@code reason}, null when the message fits. A message is never dropped: either it lands as a record or it is
 * quarantined with its offset and why. All in DataFrame expressions, so parsing runs in Spark's JSON parser on
 * the executors.
 *
 * <p>Reasons, first match wins: {@code null_value} (tombstone), {@code not_json} (including anything after the
 * first value), {@code not_object} (valid JSON but e.g. an array), {@code missing_<field>} for each required
 * field in the order given (null, or a blank string), {@code unknown_field} (only when unknown fields are
 * quarantined), {@code schema_mismatch} (an object whose fields have the wrong types; Spark would null them, so
 * the whole message is kept aside instead).
 */
public final class RecordClassifier {
    public static final String REASON = "reason";
    public static final String NULL_VALUE = "null_value";
    public static final String NOT_JSON = "not_json";
    public static final String NOT_OBJECT = "not_object";
    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String SCHEMA_MISMATCH = "schema_mismatch";

    private static final String CORRUPT = "_corrupt_record";
    private static final String PARSED = "parsed";
    private static final String VALUE_BYTES = "value_bytes";
    private static final String SCAN = "object_scan";
    private static final List<String> KAFKA_META = List.of("kafka_partition", "kafka_offset", "kafka_timestamp");

    private final RecordSchema schema;

    public RecordClassifier(RecordSchema schema) {
        this.schema = schema;
    }

    public RecordSchema schema() {
        return schema;
    }

    /** Every reason this classifier can give, in the order it tests them. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(List.of(NULL_VALUE, NOT_JSON, NOT_OBJECT));
        schema.requiredFields().forEach(f -> reasons.add(RecordSchema.missingReason(f)));
        if (schema.unknownFields() == RecordSchema.UnknownFields.QUARANTINE) {
            reasons.add(UNKNOWN_FIELD);
        }
        reasons.add(SCHEMA_MISMATCH);
        return reasons;
    }

    /**
     * Kafka-shaped rows to: kafka_partition, kafka_offset, kafka_timestamp, value_bytes, value, parsed, object_scan,
     * reason.
     */
    public Dataset<Row> classify(Dataset<Row> kafkaRows) {
        // from_json fills the corrupt-record column when a field does not convert; that is how a type
        // mismatch inside an otherwise valid object is told apart from a good record.
        StructType parseSchema = parseSchema(schema.struct());
        Column bytes = col(VALUE_BYTES);
        Column value = col("value");
        Column parsed = col(PARSED);
        Column scan = col(SCAN);
        Column singleValue = scan.isNotNull();
        Column fits = parsed.getField(CORRUPT).isNull();
        for (String field : schema.requiredFields()) {
            fits = fits.and(not(missing(field)));
        }
        Column hasUnknown = null;
        if (schema.unknownFields() == RecordSchema.UnknownFields.QUARANTINE) {
            hasUnknown = scan.notEqual(lit(""));
            fits = fits.and(not(hasUnknown));
        }
        // The first branch that matches wins, and later branches are not evaluated: a good record (nearly every
        // message) costs one parse; only misfits pay for the checks that name what is wrong.
        Column reason = when(bytes.isNull(), lit(NULL_VALUE))
                .when(fits.and(singleValue), lit(null).cast(DataTypes.StringType))
                .when(expr("try_parse_json(value)").isNull().or(not(singleValue)), lit(NOT_JSON))
                .when(expr("json_object_keys(value)").isNull(), lit(NOT_OBJECT));
        for (String field : schema.requiredFields()) {
            reason = reason.when(missing(field), lit(RecordSchema.missingReason(field)));
        }
        if (hasUnknown != null) {
            reason = reason.when(hasUnknown, lit(UNKNOWN_FIELD));
        }
        reason = reason.otherwise(lit(SCHEMA_MISMATCH));
        Column fromJson = fromJson(value, parseSchema);
        // one scan per message for both questions from_json leaves open (see ObjectScan)
        Column objectScan = udf(new ObjectScan(Set.of(schema.struct().fieldNames())), DataTypes.StringType)
                .apply(bytes);
        // A well-formed message is parsed once, from its bytes; a message the fast path leaves alone (every
        // misfit among them, and every message when the schema's types have no fast path) gets from_json and the
        // scan, evaluated only in its branch.
        Column parsedFast = col(FastParsedRows.PARSED);
        Dataset<Row> messages = FastParsedRows.of(kafkaRows, FastRecordParser.forSchema(schema.struct()), parseSchema)
                .withColumn("value", bytes.cast("string"))
                .withColumn(PARSED, when(parsedFast.isNotNull(), parsedFast).otherwise(fromJson))
                .withColumn(SCAN, when(parsedFast.isNotNull(), col(FastParsedRows.SCAN)).otherwise(objectScan))
                .drop(FastParsedRows.PARSED, FastParsedRows.SCAN);
        return messages.withColumn(REASON, reason);
    }

    /** The struct {@link #fromJson} gives: the record schema and the corrupt-record column last. */
    static StructType parseSchema(StructType record) {
        return record.add(CORRUPT, DataTypes.StringType, true);
    }

    /**
     * Spark's parse of a message text: the corrupt-record column is set when a field does not convert; strict
     * JSON (no NaN, no single quotes: Spark's defaults accept both).
     */
    static Column fromJson(Column value, StructType parseSchema) {
        return from_json(value, parseSchema, Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT,
                "allowNonNumericNumbers", "false", "allowSingleQuotes", "false"));
    }

    /** Records that fit: Kafka coordinates plus every field of the schema. */
    public Dataset<Row> good(Dataset<Row> classified) {
        List<Column> columns = new ArrayList<>();
        KAFKA_META.forEach(c -> columns.add(col(c)));
        for (String field : schema.struct().fieldNames()) {
            columns.add(col(PARSED).getField(field).as(field));
        }
        return classified.where(col(REASON).isNull()).select(columns.toArray(new Column[0]));
    }

    /** Messages that do not fit, whole, with where they came from and why. */
    public Dataset<Row> quarantined(Dataset<Row> classified) {
        return classified.where(col(REASON).isNotNull())
                .select(col("kafka_partition"), col("kafka_offset"), col("kafka_timestamp"), col("value"),
                        col(REASON));
    }

    /**
     * An aggregate over classified rows: the JSON text {@code {"field":count}} of the top-level fields of landed
     * messages that the schema does not name (and that are dropped); null when unknown fields are quarantined
     * instead, as the reason counts then say it.
     */
    public Column unknownFieldCounts(String alias) {
        if (schema.unknownFields() != RecordSchema.UnknownFields.DROP) {
            return null;
        }
        // only landed messages with an unknown key reach the aggregate: nearly every message passes it null
        return udaf(new UnknownFieldCounts(), Encoders.STRING())
                .apply(when(col(REASON).isNull().and(col(SCAN).notEqual(lit(""))), col(SCAN))).as(alias);
    }

    /** A required field that is null, or a blank string. */
    private Column missing(String path) {
        Column c = col(PARSED);
        for (String part : path.split("\\.")) {
            c = c.getField(part);
        }
        return schema.typeOf(path) instanceof StringType ? c.isNull().or(trim(c).equalTo("")) : c.isNull();
    }
}
