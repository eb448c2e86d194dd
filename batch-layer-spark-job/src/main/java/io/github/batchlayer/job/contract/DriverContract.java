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
    /** The warm driver's main class: one long-lived driver that runs the commands goals send it. */
    public static final String WARM_MAIN_CLASS = "io.github.batchlayer.job.spark.WarmDriver";
    /** Names the owner-only file where the warm driver writes its {@link WarmDriverProtocol.Endpoint}. */
    public static final String WARM_ENDPOINT_FILE = "batchlayer.warmDriver.endpointFile";
    /**
     * System properties with this prefix are test hooks of one job run ({@code -Dbatchlayer.test.dieBeforeCommit}):
     * a fresh driver gets them as {@code -D}, the warm driver with each run's request, so they never outlive it.
     */
    public static final String TEST_PROPERTY_PREFIX = "batchlayer.test.";

    private DriverContract() {
    }
}
