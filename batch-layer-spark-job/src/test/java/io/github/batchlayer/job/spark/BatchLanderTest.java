package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Ingest after the Kafka read: classify, write raw and quarantine parquet, commit the manifest last. */
class BatchLanderTest {
    private final SparkSession spark = TestSpark.session();

    private static BatchRange range(long from, long until) {
        return new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, from, until))));
    }

    @Test
    void landsTwoIncrementalBatchesAndQuarantines() throws Exception {
        Path work = TestSpark.dir("land");
        ManifestStore store = new ManifestStore(new org.apache.hadoop.fs.Path(work.resolve("raw").toUri().toString()),
                new Configuration());
        BatchLander lander = new BatchLander(store, new org.apache.hadoop.fs.Path(work.resolve("q").toUri().toString()),
                io.github.batchlayer.job.contract.IngestArgs.ROWS_PER_FILE.defaultValue(), () -> { });

        List<String> first = List.of(TestSpark.record0(), TestSpark.record("k1", "Learning Git", "[]"), "not json");
        LandedBatch b1 = lander.land(TestSpark.kafkaRows("t", 0, 0, first), 1, range(0, 3));
        assertEquals(2, b1.manifest().rows());
        assertEquals(1, b1.manifest().quarantined());
        assertEquals(Map.of(AssessmentParser.NOT_JSON, 1L), b1.quarantineReasons());

        LandedBatch b2 = lander.land(TestSpark.kafkaRows("t", 0, 3, List.of(TestSpark.record("k2", "Learning Git",
                null))), 2, range(3, 4));
        assertEquals(1, b2.manifest().rows());
        assertEquals(Map.of(), b2.quarantineReasons());

        assertEquals(List.of(1L, 2L), store.committed().stream().map(Manifest::batchId).toList());
        assertEquals(Map.of(0, 4L), ManifestStore.committedUntil(store.committed(), "t"));
        assertEquals(2, parquetFiles(work.resolve("raw/batch=000001")), "one file per read task (2 here)");
        assertFalse(Files.exists(work.resolve("q/batch=000002")), "no empty quarantine directory");

        Dataset<Row> raw = CommittedRawReader.read(spark, work.resolve("raw").toUri().toString());
        assertEquals(3, raw.count());
        assertEquals(List.of(1, 1, 2), raw.orderBy("kafka_offset").select("batch").collectAsList().stream()
                .map(r -> r.getInt(0)).toList());
        Row q = spark.read().parquet(work.resolve("q/batch=000001").toString()).first();
        assertEquals("not json", q.getAs("value"));
        assertEquals(2L, (long) q.getAs("kafka_offset"));
        assertEquals(AssessmentParser.NOT_JSON, q.getAs("reason"));
    }

    @Test
    void aRunThatDiesBeforeCommitLeavesNothingThatCounts() throws Exception {
        Path work = TestSpark.dir("die");
        ManifestStore store = new ManifestStore(new org.apache.hadoop.fs.Path(work.resolve("raw").toUri().toString()),
                new Configuration());
        org.apache.hadoop.fs.Path q = new org.apache.hadoop.fs.Path(work.resolve("q").toUri().toString());
        BatchLander dying = new BatchLander(store, q, 10, () -> {
            throw new IllegalStateException("killed");
        });
        assertThrows(IllegalStateException.class, () -> dying.land(TestSpark.kafkaRows("t", 0, 0,
                List.of(TestSpark.record0(), "[1,2]")), 1, range(0, 2)));
        assertTrue(Files.isDirectory(work.resolve("raw/batch=000001")), "data was written");
        assertEquals(List.of(), store.committed(), "but not committed");
        assertThrows(IllegalStateException.class,
                () -> CommittedRawReader.read(spark, work.resolve("raw").toUri().toString()));

        // The next ingest cleans up and lands the same range again under the same batch id.
        UncommittedBatchCleaner cleaner = new UncommittedBatchCleaner(new Configuration());
        assertEquals(1, cleaner.clean(store.rawRoot(), java.util.Set.of()).size());
        assertEquals(1, cleaner.clean(q, java.util.Set.of()).size());
        LandedBatch again = new BatchLander(store, q, 10, () -> { }).land(TestSpark.kafkaRows("t", 0, 0,
                List.of(TestSpark.record0(), "[1,2]")), ManifestStore.nextBatchId(store.committed()), range(0, 2));
        assertEquals(1, again.manifest().batchId());
        assertEquals(1, CommittedRawReader.read(spark, work.resolve("raw").toUri().toString()).count());
    }

    private static long parquetFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
        }
    }
}
