package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.DriverContract;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the job's SparkSession. The master and every spark.* setting come from outside (spark-submit, or
 * -Dspark.* system properties when the plugin forks {@code java}), so the same jar runs anywhere.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession start(String command) {
        return start(command, java.util.Map.of());
    }

    /** As {@link #start(String)}, with settings on top of the system properties (the warm driver's INIT). */
    public static SparkSession start(String command, java.util.Map<String, String> conf) {
        SparkSession.Builder builder = SparkSession.builder().appName("batch-layer " + command);
        for (java.util.Map.Entry<String, String> setting : conf.entrySet()) {
            builder = builder.config(setting.getKey(), setting.getValue());
        }
        // Secret settings (spark.authenticate.secret, spark.hadoop.*password ...) come from a file, not -D, so
        // they never show on the driver's command line.
        String file = System.getProperty(DriverContract.SECRET_CONF_FILE);
        if (file != null) {
            java.util.Properties secrets = new java.util.Properties();
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file))) {
                secrets.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file, e);
            }
            for (String key : secrets.stringPropertyNames()) {
                builder = builder.config(key, secrets.getProperty(key));
            }
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");   // our own progress lines stay readable
        return spark;
    }
}
