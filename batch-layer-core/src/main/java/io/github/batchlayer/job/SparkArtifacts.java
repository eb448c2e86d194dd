package io.github.batchlayer.job;

import java.util.List;

/** Maven coordinates of the Spark artifacts the driver and the standalone daemons are resolved from. */
public final class SparkArtifacts {

    private SparkArtifacts() {
    }

    /** What the driver runs with, Spark's own jars first (executors on a cluster need the same). */
    public static List<String> driver(String scalaBinary, String sparkVersion) {
        return List.of(sql(scalaBinary, sparkVersion), kafkaSource(scalaBinary, sparkVersion));
    }

    /** Spark SQL and, transitively, Spark core: what a Spark distribution's {@code jars/} holds. */
    public static String sql(String scalaBinary, String sparkVersion) {
        return "org.apache.spark:spark-sql_" + scalaBinary + ":" + sparkVersion;
    }

    /** The Kafka data source, which a Spark distribution does not ship: the driver has it and sends it along. */
    public static String kafkaSource(String scalaBinary, String sparkVersion) {
        return "org.apache.spark:spark-sql-kafka-0-10_" + scalaBinary + ":" + sparkVersion;
    }
}
