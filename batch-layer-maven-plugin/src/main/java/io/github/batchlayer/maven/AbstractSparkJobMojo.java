package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.probe.SparkVersionCheck;
import io.github.batchlayer.security.SensitiveKeys;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parameters of the goals that run the Spark job (ingest, summarize). */
public abstract class AbstractSparkJobMojo extends AbstractPipelineMojo {

    /** Spark version for the driver (default: the plugin's, see README). */
    @Parameter(property = PropertyNames.SPARK_VERSION)
    private String sparkVersion;

    /** Spark master URL; default: the running cluster's (local[*] for embedded). */
    @Parameter(property = PropertyNames.SPARK_MASTER)
    protected String sparkMaster;

    /** HDFS URI; default: the running cluster's. */
    @Parameter(property = PropertyNames.HDFS_URI)
    protected String hdfsUri;

    /** Driver heap. */
    @Parameter(property = PropertyNames.DRIVER_MEMORY, defaultValue = Defaults.DRIVER_MEMORY)
    private String driverMemory;

    /** Extra Spark configuration ({@code spark.*}). */
    @Parameter
    private Map<String, String> sparkConf = new HashMap<>();

    /** Extra JVM flags for the driver. */
    @Parameter(property = PropertyNames.JOB_JVM_ARGS)
    private List<String> jobJvmArgs = new ArrayList<>();

    /**
     * Start the Spark driver from a class-data sharing archive (recorded by the first run with a given JDK and
     * Spark classpath, kept under {@code ~/.cache/batch-layer/cds}): each later driver starts seconds sooner.
     */
    @Parameter(property = PropertyNames.CLASS_DATA_SHARING, defaultValue = "true")
    private boolean classDataSharing;

    /** How long one job run may take. */
    @Parameter(property = PropertyNames.JOB_TIMEOUT_SECONDS, defaultValue = "1800")
    private int jobTimeoutSeconds;

    /** Raw landing path on HDFS (a path, resolved against the HDFS URI, or a full URI). */
    @Parameter(property = PropertyNames.RAW_PATH, defaultValue = Defaults.RAW_PATH)
    protected String rawPath;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Executor heap ({@code spark.executor.memory}) on a cluster master. */
    @Parameter(property = PropertyNames.EXECUTOR_MEMORY)
    private String executorMemory;

    /** Cores per executor ({@code spark.executor.cores}). */
    @Parameter(property = PropertyNames.EXECUTOR_CORES)
    private Integer executorCores;

    /** Total cores of the application on a standalone master ({@code spark.cores.max}). */
    @Parameter(property = PropertyNames.MAX_CORES)
    private Integer maxCores;

    /** Driver cores ({@code spark.driver.cores}). */
    @Parameter(property = PropertyNames.DRIVER_CORES)
    private Integer driverCores;

    /** Hadoop client settings ({@code fs.*}, {@code dfs.*} ...), passed as {@code spark.hadoop.*}. */
    @Parameter
    private Map<String, String> hadoopConf = new HashMap<>();

    /**
     * A Hadoop configuration directory (core-site.xml, hdfs-site.xml) for the job's driver; default: the
     * {@code HADOOP_CONF_DIR} environment variable.
     */
    @Parameter(property = PropertyNames.HADOOP_CONF_DIR)
    private java.io.File hadoopConfDir;

    /**
     * A standalone master's web UI, used to compare its Spark version with the driver's before a job is
     * submitted; default: the running cluster's (embedded standalone) or none.
     */
    @Parameter(property = PropertyNames.SPARK_MASTER_UI)
    private String sparkMasterUi;

    protected ClusterEndpoints endpoints() throws MojoExecutionException {
        ClusterEndpoints e = ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, hdfsUri, sparkMaster);
        if (sparkMasterUi != null && !sparkMasterUi.isBlank()) {
            return new ClusterEndpoints(e.kafkaBootstrapServers(), e.hdfsUri(), e.hdfsHttpUri(), e.sparkMaster(),
                    sparkMasterUi);
        }
        return e;
    }

    /**
     * Run the job on the cluster's warm Spark driver, which {@code cluster-up} starts (by default with the embedded
     * and docker launchers; with the external one only when asked), instead of forking a driver for this goal.
     * {@code false}: a fresh driver per goal. A goal whose driver settings differ from the warm driver's
     * (driverMemory, sparkConf, jobJvmArgs, Spark version ...) runs on a fresh driver and says which setting differs.
     */
    @Parameter(property = PropertyNames.WARM_DRIVER)
    private Boolean warmDriver;

    /**
     * The most input records a job runs with on a local-mode warm driver: ingest's offsets to land, summarize's
     * committed raw rows. The warm driver runs on the C1 compiler alone, which starts Spark fast but runs a large
     * job's hot loops about half as fast as a fresh driver's full JIT; a larger job is handed back before it
     * commits anything and runs on a fresh driver, saying so. {@code 0}: no limit. Executors of a standalone or
     * external master are the cluster's own JVMs, so there the warm driver takes any size.
     */
    @Parameter(property = PropertyNames.WARM_DRIVER_MAX_RECORDS, defaultValue = "250000")
    private long warmDriverMaxRecords;

    /** The {@code showLogs} name of the Spark driver's log: this goal's job, relayed while it runs. */
    private static final String DRIVER_LOG = "spark-driver";

    protected SparkJobRunner jobRunner(ClusterEndpoints endpoints) throws MojoExecutionException {
        EngineVersions versions = EngineVersions.defaults().with(null, null, sparkVersion);
        checkSparkVersion(endpoints, versions.spark());
        DriverSpecs.Parameters parameters = new DriverSpecs.Parameters(driverMemory, sparkConf, hadoopConf,
                jobJvmArgs, new JobSparkConf.Resources(executorMemory, executorCores, maxCores,
                driverCores), hadoopConfDir, classDataSharing, jobTimeoutSeconds);
        Map<String, String> conf = parameters.conf(session.getUserProperties());
        if (!conf.isEmpty()) {
            getLog().info("Spark conf: " + SensitiveKeys.masked(conf));
        }
        SparkJobSpec spec = DriverSpecs.spec(parameters, versions, endpoints, conf, plugin, classpathResolver(), forkJava(), workDir.toPath());
        return new SparkJobRunner(spec, buildLog(),
                new SparkJobRunner.Options(!Boolean.FALSE.equals(warmDriver), showLogs().includes(DRIVER_LOG),
                        warmDriverMaxRecords));
    }

    /**
     * A standalone master of another Spark version accepts the driver's connection and then never runs it; say
     * so before submitting. A UI that does not answer is not fatal here: the job itself will tell.
     */
    private void checkSparkVersion(ClusterEndpoints endpoints, String driverVersion) throws MojoExecutionException {
        if (endpoints.sparkMasterUiUri() == null) {
            return;
        }
        try {
            SparkVersionCheck.require(endpoints.sparkMasterUiUri(), driverVersion)
                    .ifPresent(v -> getLog().debug("Spark master runs " + v + ", as the driver"));
        } catch (ClusterException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (Exception e) {
            getLog().warn("could not read the Spark version from " + endpoints.sparkMasterUiUri() + ": "
                    + e.getMessage());
        }
    }
}
