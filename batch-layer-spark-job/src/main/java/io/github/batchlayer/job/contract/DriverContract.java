package io.github.batchlayer.job.contract;

/**
 * What the plugin and the job agree on besides options and results, as surefire's {@code BooterConstants}: the
 * driver's main class and the system properties the plugin may set on it.
 */
public final class DriverContract {
    /** The job's main class (a string: naming the class itself would load Spark's types in Maven's JVM). */
    public static final String MAIN_CLASS = "io.github.batchlayer.job.spark.BatchLayerJob";
    /** Names an owner-only properties file of secret {@code spark.*} settings, applied to the SparkSession. */
    public static final String SECRET_CONF_FILE = "batchlayer.sparkConfFile";

    private DriverContract() {
    }
}
