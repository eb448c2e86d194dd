package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * Everything ingest does after the Kafka read: classify, write good rows to {@code <raw>/batch=N} and the rest
 * to {@code <quarantine>/batch=N}, then commit the manifest last. Takes a Dataset with the Kafka source's
 * columns, so it runs the same on a real Kafka read and on a test's hand-made rows.
 */
public final class BatchLander {
    private final ManifestStore manifests;
    private final Path quarantineRoot;
    private final long rowsPerFile;
    private final Runnable beforeCommit;

    /**
     * @param beforeCommit runs after the data is written and before the manifest: the seam where a test
     *                     simulates a kill at the worst moment
     */
    public BatchLander(ManifestStore manifests, Path quarantineRoot, long rowsPerFile, Runnable beforeCommit) {
        this.manifests = manifests;
        this.quarantineRoot = quarantineRoot;
        this.rowsPerFile = rowsPerFile;
        this.beforeCommit = beforeCommit;
    }

    public LandedBatch land(Dataset<Row> kafkaRows, long batchId, BatchRange range) throws IOException {
        // Cached so the messages are read and parsed once: the counts below and both writes share it, and the
        // counts are forced here (Spark is lazy), not guessed from offsets (transactions leave gaps).
        Dataset<Row> classified = AssessmentParser.classify(kafkaRows).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> reasons = countReasons(classified);
            Long good = reasons.remove(null);
            long rows = good == null ? 0L : good;
            long quarantined = reasons.values().stream().mapToLong(Long::longValue).sum();
            int partitions = classified.rdd().getNumPartitions();
            // A directory is written only when it has rows: the manifest's counts say which exist.
            if (rows > 0) {
                write(AssessmentParser.good(classified), BatchLayout.batchDir(manifests.rawRoot(), batchId),
                        FileCount.of(rows, rowsPerFile, partitions));
            }
            if (quarantined > 0) {
                write(AssessmentParser.quarantined(classified), BatchLayout.batchDir(quarantineRoot, batchId),
                        FileCount.of(quarantined, rowsPerFile, partitions));
            }
            beforeCommit.run();
            Manifest manifest = new Manifest(batchId, range, rows, quarantined, Instant.now().toString());
            manifests.commit(manifest);
            return new LandedBatch(manifest, reasons);
        } finally {
            classified.unpersist();
        }
    }

    /** reason -> count in one pass; the null key counts the good rows. */
    private static Map<String, Long> countReasons(Dataset<Row> classified) {
        Map<String, Long> counts = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        for (Row r : classified.groupBy(col(AssessmentParser.REASON)).count().collectAsList()) {
            counts.put(r.isNullAt(0) ? null : r.getString(0), r.getLong(1));
        }
        return counts;
    }

    private static void write(Dataset<Row> rows, Path dir, int files) {
        // ErrorIfExists: uncommitted leftovers were cleaned at start, so an existing directory means a bug or a
        // concurrent run, never something to overwrite or append to.
        rows.coalesce(files).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
    }
}
