package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Everything ingest does after the Kafka read: classify, write good rows to {@code <raw>/batch=N} and the rest
 * to {@code <quarantine>/batch=N}, then commit the manifest last. Takes a Dataset with the Kafka source's
 * columns, so it runs the same on a real Kafka read and on a test's hand-made rows.
 *
 * <p>One pass: the messages are read, parsed and written as raw parquet in a single Spark job, and the counts
 * (good rows, and quarantined rows per reason) are observed on the way ({@link Observation}) instead of counted
 * beforehand. Caching the parsed batch to count it first cost more than the parse (a columnar in-memory copy of
 * every nested record, spilled to disk at a million records). The quarantine, normally empty, is written by a
 * second read of the same fixed offset range only when the first pass saw misfits.
 */
public final class BatchLander {
    private static final String GOOD = "good";
    private static final String UNKNOWN_FIELDS = "unknown_fields";

    private final ManifestStore manifests;
    private final Path quarantineRoot;
    private final long rowsPerFile;
    private final Runnable beforeCommit;
    private final RecordClassifier classifier;

    /**
     * @param rowsPerFile  at most this many rows per parquet file (each write task writes at least one file)
     * @param beforeCommit runs after the data is written and before the manifest: the seam where a test
     *                     simulates a kill at the worst moment
     */
    public BatchLander(ManifestStore manifests, Path quarantineRoot, long rowsPerFile, Runnable beforeCommit) {
        this(manifests, quarantineRoot, rowsPerFile, beforeCommit, AssessmentParser.preset());
    }

    /** @param classifier how messages are told apart (the consumer's schema and required fields) */
    public BatchLander(ManifestStore manifests, Path quarantineRoot, long rowsPerFile, Runnable beforeCommit,
                       RecordClassifier classifier) {
        this.manifests = manifests;
        this.quarantineRoot = quarantineRoot;
        this.rowsPerFile = rowsPerFile;
        this.beforeCommit = beforeCommit;
        this.classifier = classifier;
    }

    public LandedBatch land(Dataset<Row> kafkaRows, long batchId, BatchRange range) throws IOException {
        return land(kafkaRows, batchId, range, TopicIdentity.UNKNOWN, null, false);
    }

    /**
     * @param identity     the topic's and cluster's id as the broker gave them before the read
     * @param attempt      the ingest attempt (its writer lease), named in the manifest
     * @param topicRestart the batch begins a recreated topic anew
     */
    public LandedBatch land(Dataset<Row> kafkaRows, long batchId, BatchRange range, TopicIdentity identity,
                            String attempt, boolean topicRestart) throws IOException {
        Dataset<Row> classified = classifier.classify(kafkaRows);
        Observation counts = new Observation("batch-" + batchId);
        Path rawDir = BatchLayout.batchDir(manifests.rawRoot(), batchId);
        List<Column> aggregates = new ArrayList<>(List.of(reasonCounts()));
        Column unknownCounts = classifier.unknownFieldCounts(UNKNOWN_FIELDS);
        if (unknownCounts != null) {
            aggregates.add(unknownCounts);
        }
        write(classifier.good(classified.observe(counts, goodCount(), aggregates.toArray(new Column[0]))), rawDir);

        Map<String, Object> observed = observedCounts(counts);
        long rows = (Long) observed.get(GOOD);
        Map<String, Long> unknownFields = unknownCounts == null ? Map.of()
                : UnknownFieldCounts.parse((String) observed.get(UNKNOWN_FIELDS));
        Map<String, Long> reasons = new TreeMap<>();
        for (String reason : classifier.reasons()) {
            long n = (Long) observed.get(reason);
            if (n > 0) {
                reasons.put(reason, n);
            }
        }
        long quarantined = reasons.values().stream().mapToLong(Long::longValue).sum();
        // A directory is kept only when it has rows: the manifest's counts say which exist.
        if (rows == 0) {
            rawDir.getFileSystem(kafkaRows.sparkSession().sparkContext().hadoopConfiguration()).delete(rawDir, true);
        }
        if (quarantined > 0) {
            write(classifier.quarantined(classified), BatchLayout.batchDir(quarantineRoot, batchId));
        }
        beforeCommit.run();
        Manifest manifest = new Manifest(batchId, range, rows, quarantined, Instant.now().toString(), identity,
                attempt, topicRestart);
        manifests.commit(manifest);
        return new LandedBatch(manifest, reasons, unknownFields);
    }

    /** The counts, available once the write has finished (it already has when this is called). */
    private static Map<String, Object> observedCounts(Observation counts) throws IOException {
        try {
            return counts.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the batch's counts", e);
        }
    }

    private static Column goodCount() {
        return count(when(col(RecordClassifier.REASON).isNull(), lit(1))).as(GOOD);
    }

    /** One count per quarantine reason, in the classifier's order. */
    private Column[] reasonCounts() {
        return classifier.reasons().stream().map(r -> count(when(col(RecordClassifier.REASON).equalTo(r), lit(1))).as(r))
                .toArray(Column[]::new);
    }

    private void write(Dataset<Row> rows, Path dir) {
        // ErrorIfExists: uncommitted leftovers were cleaned at start, so an existing directory means a bug or a
        // concurrent run, never something to overwrite or append to.
        rows.write().mode(SaveMode.ErrorIfExists).option("maxRecordsPerFile", rowsPerFile).parquet(dir.toString());
    }
}
