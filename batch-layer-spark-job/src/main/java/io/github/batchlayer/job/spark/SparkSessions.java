package io.github.batchlayer.job.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the job's SparkSession. The master and every spark.* setting come from outside (spark-submit, or
 * -Dspark.* system properties when the plugin forks {@code java}), so the same jar runs anywhere.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession start(String command) {
        SparkSession spark = SparkSession.builder().appName("batch-layer " + command).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");   // our own progress lines stay readable
        return spark;
    }
}
