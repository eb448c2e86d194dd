package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The result names the step that failed ({@code failedStep}: filesystem or spark), so the plugin can name the
 * endpoint.
 */
public final class ProbeCommand {
    static final long DEFAULT_PARTITIONS = 4;

    private final SparkSession spark;
    private final String path;
    private final int partitions;

    public ProbeCommand(SparkSession spark, String path, int partitions) {
        this.spark = spark;
        this.path = path;
        this.partitions = partitions;
    }

    public ObjectNode run() {
        long start = System.nanoTime();
        ObjectNode result = ResultFile.newResult(JobArgs.PROBE);
        result.put("sparkVersion", spark.version());
        result.put("master", spark.sparkContext().master());
        try {
            probeFileSystem(result);
        } catch (Exception e) {
            return failed(result, "filesystem", e);
        }
        try {
            long sum = spark.range(0, 1000, 1, partitions).selectExpr("sum(id) AS s").first().getLong(0);
            if (sum != 499_500L) {
                throw new IllegalStateException("trivial job summed to " + sum + ", expected 499500");
            }
            // the driver counts itself among the executors it knows
            result.put("executors", spark.sparkContext().statusTracker().getExecutorInfos().length - 1);
        } catch (Exception e) {
            return failed(result, "spark", e);
        }
        result.put("seconds", (System.nanoTime() - start) / 1e9);
        return result;
    }

    private void probeFileSystem(ObjectNode result) throws IOException {
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
        result.put("filesystem", fs.getUri().toString());
        result.put("probePath", dir.toString());
    }

    private static ObjectNode failed(ObjectNode result, String step, Exception e) {
        result.put("failedStep", step);
        result.put("error", String.valueOf(e));
        return result;
    }
}
