package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the raw parquet of committed batches only: the directories named by manifests. A batch directory
 * without a manifest (a run killed before its commit, not yet cleaned by the next ingest) is ignored.
 * The quarantine is read the same way: only the quarantine directories of committed batches count.
 */
public final class CommittedRawReader {
    private CommittedRawReader() {
    }

    /** A committed batch and where its rows and its quarantined messages are (null: it wrote none). */
    public record CommittedBatch(Manifest manifest, Path rawDir, Path quarantineDir) {
    }

    public static Dataset<Row> read(SparkSession spark, String rawPath) throws IOException {
        return read(spark, rawPath, batches(spark, rawPath, null));
    }

    /** The rows of {@code committed}, the raw path's committed batches as {@link #batches} listed them. */
    public static Dataset<Row> read(SparkSession spark, String rawPath, List<CommittedBatch> committed)
            throws IOException {
        return readIfAny(spark, rawPath, committed).orElseThrow(() -> new IllegalStateException("no committed rows"
                + " under " + rawPath + " (" + committed.size() + " committed batches): run ingest first"));
    }

    /** The committed raw rows, or empty when no committed batch has any. */
    public static Optional<Dataset<Row>> readIfAny(SparkSession spark, String rawPath) throws IOException {
        return readIfAny(spark, rawPath, batches(spark, rawPath, null));
    }

    private static Optional<Dataset<Row>> readIfAny(SparkSession spark, String rawPath,
                                                    List<CommittedBatch> committed) throws IOException {
        String[] dirs = committed.stream().map(CommittedBatch::rawDir)
                .filter(Objects::nonNull).map(Path::toString).toArray(String[]::new);
        return readDirs(spark, new Path(rawPath), dirs);
    }

    /** The quarantined messages of committed batches, or empty when none has any. */
    public static Optional<Dataset<Row>> readQuarantine(SparkSession spark, String rawPath, String quarantinePath)
            throws IOException {
        String[] dirs = batches(spark, rawPath, quarantinePath).stream().map(CommittedBatch::quarantineDir)
                .filter(Objects::nonNull).map(Path::toString).toArray(String[]::new);
        return readDirs(spark, new Path(quarantinePath), dirs);
    }

    /** Every committed batch, by id, with its data directories (quarantine ones only if a path is given). */
    public static List<CommittedBatch> batches(SparkSession spark, String rawPath, String quarantinePath)
            throws IOException {
        ManifestStore store = new ManifestStore(new Path(rawPath), spark.sparkContext().hadoopConfiguration());
        Path quarantineRoot = quarantinePath == null ? null : new Path(quarantinePath);
        // a batch writes a directory only when it has rows of that kind: the manifest's counts say which exist
        return store.committed().stream().map(m -> new CommittedBatch(m,
                m.rows() > 0 ? BatchLayout.batchDir(store.rawRoot(), m.batchId()) : null,
                quarantineRoot != null && m.quarantined() > 0 ? BatchLayout.batchDir(quarantineRoot, m.batchId())
                        : null)).toList();
    }

    private static Optional<Dataset<Row>> readDirs(SparkSession spark, Path root, String[] dirs)
            throws IOException {
        if (dirs.length == 0) {
            return Optional.empty();
        }
        Path qualified = root.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(root);
        // basePath keeps the batch=N directories as a 'batch' column, the same as reading the whole root.
        return Optional.of(spark.read().option("basePath", qualified.toString()).parquet(dirs));
    }
}
