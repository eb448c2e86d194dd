package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The fast path against what it stands in for, through real Spark: for every message it takes, the row must be
 * the one {@code from_json} gives (the classifier's options) and the scan {@link ObjectScan}'s; and it must take
 * the well-formed messages, or it saves nothing.
 */
class FastRecordParserTest {
    private static final StructType ALL_TYPES = StructType.fromDDL("s STRING, l BIGINT, i INT, sh SMALLINT,"
            + " b TINYINT, d DOUBLE, f FLOAT, ok BOOLEAN, arr ARRAY<STRUCT<x: BIGINT, tags: ARRAY<STRING>>>,"
            + " nested STRUCT<a: STRING, ds: ARRAY<DOUBLE>>");
    private static final String FULL = "{\"s\":\"text\",\"l\":9223372036854775807,\"i\":-2147483648,\"sh\":32767,"
            + "\"b\":-128,\"d\":1.5e300,\"f\":3.25,\"ok\":true,\"arr\":[{\"x\":1,\"tags\":[\"a\",null]},null,"
            + "{\"x\":null}],\"nested\":{\"a\":\"b\",\"ds\":[1,2.5,-0.0]}}";

    /** Messages the fast path must take. */
    private static final List<String> TAKEN = List.of(
            FULL,
            "{}",
            "{\"s\":null,\"arr\":null,\"nested\":null,\"ok\":false}",
            "{\"s\":\"caf\u00e9 \u65e5\u672c \\u00e9 \\\"q\\\" \\\\ \\n\",\"l\":0}",          // UTF-8 and escapes
            "{\"zz\":{\"deep\":[1,{\"x\":\"}\"}]},\"s\":\"x\",\"new\":1,\"zz\":2}",           // unknown keys, twice
            "{\"caf\\u00e9\":1,\"\\u0073\":\"escaped known name\"}",
            "{\"s\":\"\",\"d\":1,\"f\":-7,\"arr\":[],\"nested\":{}} \n\t ",                  // whitespace after
            "{\"d\":4.9e-324,\"f\":1e-50,\"l\":-9223372036854775808,\"b\":255}");            // Jackson's own edges

    /** Messages it must leave to from_json and ObjectScan: misfits, and what it cannot be sure of. */
    private static final List<String> LEFT = List.of(
            "{\"l\":1.0}", "{\"l\":\"1\"}", "{\"l\":9223372036854775808}", "{\"i\":2147483648}", "{\"b\":256}",
            "{\"s\":1}", "{\"s\":{\"a\":1}}", "{\"s\":[1]}", "{\"d\":\"NaN\"}", "{\"d\":\"1.5\"}", "{\"ok\":1}",
            "{\"ok\":\"true\"}", "{\"arr\":{}}", "{\"arr\":[1]}", "{\"nested\":[]}", "{\"s\":\"a\",\"s\":\"b\"}",
            "{\"l\":1} x", "{\"l\":1}{\"l\":2}", "{\"l\":1},", " {\"l\":1}", "\ufeff{\"l\":1}", "[{\"l\":1}]",
            "null", "", "{\"l\":01}", "{'s':'x'}", "{\"d\":NaN}", "{\"s\":\"x\" /* c */}", "{\"s\":\"unterminated}",
            "{\"l\":1", "{\"s\":\"\u0001\"}");

    private final org.apache.spark.sql.SparkSession spark = TestSpark.session();

    @Test
    void givesFromJsonsRowAndObjectScansAnswerForEveryMessageItTakes() {
        List<byte[]> messages = new ArrayList<>();
        TAKEN.forEach(m -> messages.add(m.getBytes(StandardCharsets.UTF_8)));
        LEFT.forEach(m -> messages.add(m.getBytes(StandardCharsets.UTF_8)));
        messages.add("{\"s\":\"x\"}".getBytes(StandardCharsets.UTF_16LE));
        messages.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, '"', '}'});            // cut UTF-8
        messages.add(new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}); // overlong
        List<Row> compared = compare(ALL_TYPES, messages);
        for (int i = 0; i < compared.size(); i++) {
            Row r = compared.get(i);
            String message = new String(messages.get(i), StandardCharsets.UTF_8);
            if (i < TAKEN.size()) {
                assertNotNull(r.get(0), "taken: " + message);
                assertEquals(r.get(1), r.get(0), "row of " + message);
                assertEquals(r.getString(3), r.getString(2), "scan of " + message);
            } else {
                assertNull(r.get(0), "left to from_json: " + message);
            }
        }
    }

    @Test
    void takesTheSeedsRecordsAsTheyAre() {
        List<byte[]> messages = new ArrayList<>();
        for (String m : List.of(TestSpark.record0(), TestSpark.record("k1", "Learning Git", null),
                TestSpark.record("k2", "Learning Git", "[{\"user_incomplete\":true,\"options\":[]}]"))) {
            messages.add(m.getBytes(StandardCharsets.UTF_8));
        }
        for (Row r : compare(AssessmentSchema.RECORD, messages)) {
            assertNotNull(r.get(0));
            assertEquals(r.get(1), r.get(0));
            assertEquals(r.getString(3), r.getString(2));
        }
    }

    @Test
    void countsEveryMessageAsARecordReadSoProgressCanShowIt() throws Exception {
        AtomicLong records = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                records.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
                bytes.addAndGet(end.taskMetrics().inputMetrics().bytesRead());
            }
        };
        Dataset<Row> kafka = kafkaRows(List.of(FULL.getBytes(StandardCharsets.UTF_8),
                "x".getBytes(StandardCharsets.UTF_8)));
        spark.sparkContext().addSparkListener(listener);
        try {
            FastParsedRows.of(kafka, FastRecordParser.forSchema(ALL_TYPES), RecordClassifier.parseSchema(ALL_TYPES))
                    .collectAsList();
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertEquals(2, records.get(), "a misfit is read too");
        assertEquals(FULL.length() + 1, bytes.get());
    }

    @Test
    void refusesSchemasWhoseTypesItDoesNotConvertLikeSpark() {
        assertNotNull(FastRecordParser.forSchema(ALL_TYPES));
        for (String ddl : List.of("t TIMESTAMP", "d DATE", "n DECIMAL(10,2)", "m MAP<STRING, BIGINT>",
                "b BINARY", "s STRUCT<c: CHAR(3)>", "a ARRAY<VARCHAR(4)>", "s STRING COLLATE UTF8_LCASE",
                "v VARIANT")) {
            assertNull(FastRecordParser.forSchema(StructType.fromDDL(ddl)), ddl);
        }
        assertNotNull(FastRecordParser.forSchema(StructType.fromDDL("s STRING COMMENT 'a comment is fine'")));
    }

    /**
     * Per message: fast row, from_json's row, fast scan, ObjectScan's, all computed by Spark in one query over the
     * same Kafka-shaped rows, in message order.
     */
    private List<Row> compare(StructType struct, List<byte[]> messages) {
        Dataset<Row> kafka = kafkaRows(messages);
        StructType parseSchema = RecordClassifier.parseSchema(struct);
        return FastParsedRows.of(kafka, FastRecordParser.forSchema(struct), parseSchema)
                .select(col(FastParsedRows.PARSED),
                        RecordClassifier.fromJson(col("value_bytes").cast("string"), parseSchema),
                        col(FastParsedRows.SCAN),
                        udf(new ObjectScan(Set.of(struct.fieldNames())), DataTypes.StringType)
                                .apply(col("value_bytes")),
                        col("kafka_offset"))
                .orderBy("kafka_offset").collectAsList();
    }

    /** One Kafka-shaped row per message, offsets from 0. */
    private Dataset<Row> kafkaRows(List<byte[]> messages) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            rows.add(RowFactory.create(null, messages.get(i), "t", 0, (long) i, new java.sql.Timestamp(0), 0));
        }
        return spark.createDataFrame(rows, KafkaColumns.SCHEMA);
    }
}
