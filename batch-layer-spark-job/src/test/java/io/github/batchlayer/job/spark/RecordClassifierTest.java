package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.IngestArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A consumer's own nested schema and required fields through the one-pass lander. */
class RecordClassifierTest {
    private static final String DDL = "device STRUCT<id: STRING, site: STRING>, ts BIGINT,"
            + " measurements ARRAY<STRUCT<kind: STRING, value: DOUBLE, flags: ARRAY<STRING>>>";
    private static final String GOOD = "{\"device\":{\"id\":\"d1\",\"site\":\"s\"},\"ts\":1,"
            + "\"measurements\":[{\"kind\":\"t\",\"value\":1.5,\"flags\":[\"ok\"]}]}";

    private final SparkSession spark = TestSpark.session();

    private RecordSchema schema(String unknownFields) throws Exception {
        Path f = TestSpark.dir("sensor").resolve("sensor.ddl");
        Files.writeString(f, DDL);
        return RecordSchema.load(f.toString(), "device.id,ts", unknownFields);
    }

    private LandedBatch land(RecordSchema schema, Path work, List<String> values) throws Exception {
        ManifestStore store = new ManifestStore(new org.apache.hadoop.fs.Path(work.resolve("raw").toUri().toString()),
                new Configuration());
        BatchLander lander = new BatchLander(store, new org.apache.hadoop.fs.Path(work.resolve("q").toUri()
                .toString()), IngestArgs.ROWS_PER_FILE.defaultValue(), () -> { }, new RecordClassifier(schema));
        return lander.land(TestSpark.kafkaRows("t", 0, 0, values), 1, new BatchRange("t",
                new TreeMap<>(Map.of(0, new OffsetRange(0, 0, values.size())))));
    }

    private static final List<String> MESSAGES = List.of(
            GOOD,
            GOOD.replace("\"ts\":1", "\"ts\":2,\"firmware\":\"1.2\""),          // a producer's new field
            GOOD.replace("\"ts\":1", "\"ts\":3,\"firmware\":\"1.3\",\"rssi\":-70"),
            GOOD.replace("\"id\":\"d1\"", "\"id\":\" \""),                       // blank required string
            GOOD.replace("\"ts\":1,", ""),                                       // missing required number
            GOOD.replace("1.5", "\"warm\""),                                     // wrong type deep inside
            "[1]", "{\"device\":", GOOD + " {}");

    @Test
    void quarantinesByTheConsumersRulesAndCountsDroppedFields() throws Exception {
        Path work = TestSpark.dir("classify");
        LandedBatch b = land(schema(null), work, MESSAGES);
        assertEquals(3, b.manifest().rows());
        assertEquals(Map.of("missing_device.id", 1L, "missing_ts", 1L, RecordClassifier.SCHEMA_MISMATCH, 1L,
                RecordClassifier.NOT_OBJECT, 1L, RecordClassifier.NOT_JSON, 2L), b.quarantineReasons());
        assertEquals(Map.of("firmware", 2L, "rssi", 1L), b.unknownFields());
        Row row = spark.read().parquet(work.resolve("raw/batch=000001").toString()).orderBy("kafka_offset").first();
        assertEquals(List.of("kafka_partition", "kafka_offset", "kafka_timestamp", "device", "ts", "measurements"),
                List.of(row.schema().fieldNames()));
        List<Row> q = spark.read().parquet(work.resolve("q/batch=000001").toString()).orderBy("kafka_offset")
                .collectAsList();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), q.stream().map(r -> (Long) r.getAs("kafka_offset")).toList());
        assertEquals("missing_device.id", q.get(0).getAs("reason"));
    }

    @Test
    void canQuarantineUnknownFieldsInstead() throws Exception {
        LandedBatch b = land(schema("quarantine"), TestSpark.dir("strict"), MESSAGES.subList(0, 3));
        assertEquals(1, b.manifest().rows());
        assertEquals(Map.of(RecordClassifier.UNKNOWN_FIELD, 2L), b.quarantineReasons());
        assertEquals(Map.of(), b.unknownFields());
    }
}
