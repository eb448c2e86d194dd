package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.ProbeResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code probe}: proves an external cluster can run the batch layer before any data moves, from the place that
 * has the clients for it (the driver JVM has Hadoop's client, Maven's JVM does not):
 * <ol>
 *   <li>the file system: write, read back and delete a small file under the landing path, with the same
 *       configuration (HADOOP_CONF_DIR, spark.hadoop.*, Kerberos/delegation settings) the ingest will use;</li>
 *   <li>the master: a trivial job over several partitions, so it only passes when executors were granted, got
 *       our jars and ran tasks.</li>
 * </ol>
 * The result names the step that failed ({@link ProbeResult.Step}), so the plugin can name the endpoint.
 */
public final class ProbeCommand {
    private final SparkSession spark;
    private final String path;
    private final int partitions;

    public ProbeCommand(SparkSession spark, String path, int partitions) {
        this.spark = spark;
        this.path = path;
        this.partitions = partitions;
    }

    public ProbeResult run() {
        long start = System.nanoTime();
        String version = spark.version();
        String master = spark.sparkContext().master();
        String filesystem;
        try {
            filesystem = probeFileSystem();
        } catch (Exception e) {
            return new ProbeResult(version, master, null, null, null, ProbeResult.Step.FILESYSTEM, String.valueOf(e),
                    JobLog.elapsedSeconds(start));
        }
        int executors;
        try {
            long sum = spark.range(0, 1000, 1, partitions).selectExpr("sum(id) AS s").first().getLong(0);
            if (sum != 499_500L) {
                throw new IllegalStateException("trivial job summed to " + sum + ", expected 499500");
            }
            // the driver counts itself among the executors it knows
            executors = spark.sparkContext().statusTracker().getExecutorInfos().length - 1;
        } catch (Exception e) {
            return new ProbeResult(version, master, filesystem, probePath(), null, ProbeResult.Step.SPARK,
                    String.valueOf(e), JobLog.elapsedSeconds(start));
        }
        return new ProbeResult(version, master, filesystem, probePath(), executors, null, null,
                JobLog.elapsedSeconds(start));
    }

    private String probePath() {
        return new Path(path).toString();
    }

    /** Writes, reads back and deletes a file under the path; returns the file system's URI. */
    private String probeFileSystem() throws IOException {
        Path dir = new Path(path);
        Path file = new Path(dir, ".batch-layer-probe-" + System.nanoTime());
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        String content = "batch-layer probe " + System.currentTimeMillis();
        try (FSDataOutputStream out = fs.create(file, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        String read;
        try (FSDataInputStream in = fs.open(file)) {
            read = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!content.equals(read)) {
            throw new IOException("probe file " + file + " read back differs from what was written");
        }
        if (!fs.delete(file, false)) {
            throw new IOException("could not delete probe file " + file);
        }
        return fs.getUri().toString();
    }
}
