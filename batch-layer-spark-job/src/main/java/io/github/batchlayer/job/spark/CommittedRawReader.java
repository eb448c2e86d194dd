package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the raw parquet of committed batches only: the directories named by manifests. A batch directory
 * without a manifest (a run killed before its commit, not yet cleaned by the next ingest) is ignored.
 */
public final class CommittedRawReader {
    private CommittedRawReader() {
    }

    public static Dataset<Row> read(SparkSession spark, String rawPath) throws IOException {
        ManifestStore store = new ManifestStore(new Path(rawPath), spark.sparkContext().hadoopConfiguration());
        List<Manifest> committed = store.committed();
        String[] dirs = committed.stream().filter(m -> m.rows() > 0)   // empty batches write no directory
                .map(m -> BatchLayout.batchDir(store.rawRoot(), m.batchId()).toString()).toArray(String[]::new);
        if (dirs.length == 0) {
            throw new IllegalStateException("no committed rows under " + store.rawRoot() + " ("
                    + committed.size() + " committed batches): run ingest first");
        }
        // basePath keeps the batch=N directories as a 'batch' column, the same as reading the whole root.
        return spark.read().option("basePath", store.rawRoot().toString()).parquet(dirs);
    }
}
