package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.QuarantineSample;
import io.github.batchlayer.job.contract.ResultCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-value counts over raw and quarantine, and the quarantine samples, on batches landed by BatchLander. */
class FieldValueCountsTest {
    private static final SparkSession SPARK = TestSpark.session();
    private static String raw;
    private static String quarantine;

    @BeforeAll
    static void land() throws Exception {
        Path work = TestSpark.dir("count-by");
        raw = work.resolve("raw").toUri().toString();
        quarantine = work.resolve("q").toUri().toString();
        BatchLander lander = new BatchLander(new ManifestStore(new org.apache.hadoop.fs.Path(raw), new Configuration()),
                new org.apache.hadoop.fs.Path(quarantine), 100, () -> { });
        lander.land(TestSpark.kafkaRows("t", 0, 0, List.of(TestSpark.record("k1", "Git", "[]"),
                TestSpark.record("k2", "Git", null), "not json at all", "{\"exam_name\":\"Git\"}")), 1,
                new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 0, 4)))));
        lander.land(TestSpark.kafkaRows("t", 0, 4, List.of(TestSpark.record("k3", "R", "[]"),
                "{\"keen_id\":\"k4\",\"exam_name\":\"R\",\"sequences\":\"flat\"}")), 2,
                new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 4, 6)))));
    }

    private static Map<String, String> counts(String path) throws Exception {
        CountBy result = FieldValueCounts.count(SPARK, CommittedRawReader.read(SPARK, raw), raw, quarantine, path);
        assertEquals(path, result.path());
        // the driver writes it with Spark's Jackson; the null value must survive the round trip
        assertEquals(result, ResultCodec.fromTree(ResultCodec.toTree(result), CountBy.class));
        Map<String, String> counts = new TreeMap<>();
        for (CountBy.ValueCount v : result.values()) {
            counts.put(v.value() == null ? "(null)" : v.value(), v.raw() + "+" + v.quarantined());
        }
        return counts;
    }

    @Test
    void countsRawRowsAndQuarantinedMessagesPerValue() throws Exception {
        // quarantined: "not json at all" (no value), {"exam_name":"Git"} (no keen_id), the R record whose
        // sequences is a string where the schema has a struct (schema_mismatch)
        assertEquals(Map.of("Git", "2+1", "R", "1+1", "(null)", "0+1"), counts("exam_name"));
    }

    @Test
    void aNestedPathIsReadThroughTheStructAndTheMessageText() throws Exception {
        assertEquals(Map.of("1", "3+0", "(null)", "0+3"), counts("sequences.attempt"));
    }

    @Test
    void aPathThatIsMissingOrAnArrayIsRefusedByName() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> counts("exam"));
        assertTrue(missing.getMessage().startsWith("--count-by exam: no field exam; the fields there are"),
                missing.getMessage());
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
                () -> counts("sequences.questions"));
        assertTrue(array.getMessage().contains("is an array"), array.getMessage());
    }

    @Test
    void samplesAreTheFirstQuarantinedMessagesByOffset() {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(quarantine);
        List<QuarantineSample> samples = QuarantineSamples.first(SPARK, root, 1, 2);
        assertEquals(2, samples.size());
        assertEquals(2, samples.get(0).offset());
        assertEquals(AssessmentParser.NOT_JSON, samples.get(0).reason());
        assertEquals("not json at all", samples.get(0).message());
        assertEquals(1, samples.get(1).batch());
        assertEquals(0, QuarantineSamples.first(SPARK, root, 3, 0).size());
    }
}
