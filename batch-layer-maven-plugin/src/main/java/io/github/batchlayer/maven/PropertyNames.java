package io.github.batchlayer.maven;

/**
 * The user properties of the parameters that more than one goal declares, or whose value one goal hands to
 * another (jib's {@code PropertyNames} is the model). Each is {@code batch-layer.<parameter name>}: a public
 * contract, so existing poms and {@code -D} flags keep working. Use these constants in every {@code @Parameter}
 * of such a parameter, so two goals can never read one setting under two names.
 */
final class PropertyNames {

    static final String PREFIX = "batch-layer.";

    static final String SKIP = PREFIX + "skip";
    static final String WORK_DIR = PREFIX + "workDir";
    static final String KEEP_RUNNING = PREFIX + "keepRunning";
    static final String SHOW_LOGS = PREFIX + "showLogs";
    /** The Spark goals' drivers and the embedded cluster's Kafka and HDFS JVMs: one switch for all. */
    static final String CLASS_DATA_SHARING = PREFIX + "classDataSharing";

    static final String KAFKA_BOOTSTRAP_SERVERS = PREFIX + "kafkaBootstrapServers";
    static final String KAFKA_SERVER_ID = PREFIX + "kafkaServerId";
    static final String KAFKA_PROPERTIES_FILE = PREFIX + "kafkaPropertiesFile";
    static final String TOPIC = PREFIX + "topic";

    static final String HDFS_URI = PREFIX + "hdfsUri";
    static final String SPARK_MASTER = PREFIX + "sparkMaster";
    static final String SPARK_MASTER_UI = PREFIX + "sparkMasterUi";
    static final String SPARK_VERSION = PREFIX + "sparkVersion";
    static final String DRIVER_MEMORY = PREFIX + "driverMemory";
    /** cluster-up starts the warm Spark driver, the Spark goals use it: one switch for both. */
    static final String WARM_DRIVER = PREFIX + "warmDriver";
    static final String WARM_DRIVER_MAX_RECORDS = PREFIX + "warmDriverMaxRecords";
    /** The driver settings cluster-up's warm driver and every Spark goal declare alike. */
    static final String JOB_JVM_ARGS = PREFIX + "jobJvmArgs";
    static final String EXECUTOR_MEMORY = PREFIX + "executorMemory";
    static final String EXECUTOR_CORES = PREFIX + "executorCores";
    static final String MAX_CORES = PREFIX + "maxCores";
    static final String DRIVER_CORES = PREFIX + "driverCores";
    static final String HADOOP_CONF_DIR = PREFIX + "hadoopConfDir";
    static final String JOB_TIMEOUT_SECONDS = PREFIX + "jobTimeoutSeconds";
    static final String RAW_PATH = PREFIX + "rawPath";
    static final String QUARANTINE_PATH = PREFIX + "quarantinePath";
    static final String VIEWS_PATH = PREFIX + "viewsPath";
    static final String MIN_ASSESSMENTS = PREFIX + "minAssessments";
    static final String SUMMARY_PATH = PREFIX + "summaryPath";
    static final String TOP_EXAMS_PATH = PREFIX + "topExamsPath";
    /** summarize counts the Spark side, verify the source side: one setting for both. */
    static final String COUNT_BY = PREFIX + "countBy";

    /** The generate goal writes here, the publish goal reads from here (two names kept for compatibility). */
    static final String GENERATED_DATASET = PREFIX + "generatedDataset";
    static final String DATASET = PREFIX + "dataset";

    private PropertyNames() {
    }

    /** {@code batch-layer.<goal>.skip}: skips that one goal (no parameter: its name depends on the goal). */
    static String goalSkip(String goal) {
        return PREFIX + goal + ".skip";
    }
}
