package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterInfo;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.DriverProbe;
import io.github.batchlayer.cluster.EmbeddedSettings;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.Launchers;
import io.github.batchlayer.cluster.embedded.EmbeddedLauncher;
import io.github.batchlayer.cluster.external.ExternalLauncher;
import io.github.batchlayer.cluster.lifecycle.ClusterGuard;
import io.github.batchlayer.cluster.lifecycle.ClusterOwnership;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.process.OwnerWatchdog;
import io.github.batchlayer.pipeline.RunJournal;
import io.github.batchlayer.process.ClassDataSharing;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts Kafka, HDFS and Spark with the chosen launcher, waits until each answers, writes the cluster state
 * under {@code target/batch-layer/} and exports the endpoints as project properties
 * ({@code batch-layer.kafka.bootstrapServers}, {@code batch-layer.hdfs.uri}, {@code batch-layer.spark.master}).
 */
@Mojo(name = "cluster-up", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class ClusterUpMojo extends AbstractKafkaMojo {

    /** {@code embedded} (default: forked JVMs, no Docker), {@code docker} or {@code external}. */
    @Parameter(property = "batch-layer.launcher", defaultValue = "embedded")
    private String launcher;

    /**
     * Seconds the services may take to answer (they start side by side and are awaited together) before
     * cluster-up fails with the log of the one still not answering.
     */
    @Parameter(property = "batch-layer.readyTimeoutSeconds", defaultValue = "120")
    private int readyTimeoutSeconds;

    /**
     * Keep the cluster running after this Maven invocation ends. Unset: kept when the goal was typed on the
     * command line ({@code mvn batch-layer:cluster-up}), stopped at the end of the build (also a failed or
     * interrupted one) when it is bound to the lifecycle. True in a lifecycle build: the build's
     * {@code cluster-down} leaves the cluster running for a post-mortem, printing its endpoints; stop it later
     * with {@code mvn batch-layer:cluster-down}.
     */
    @Parameter(property = PropertyNames.KEEP_RUNNING)
    private Boolean keepRunning;

    /** Kafka version for the embedded broker (default: the plugin's, see README). */
    @Parameter(property = "batch-layer.kafkaVersion")
    private String kafkaVersion;

    /** Hadoop version for the embedded HDFS. */
    @Parameter(property = "batch-layer.hadoopVersion")
    private String hadoopVersion;

    /** Spark version for the job. */
    @Parameter(property = PropertyNames.SPARK_VERSION)
    private String sparkVersion;

    /** Kafka listener port (0 = a free one). */
    @Parameter(property = "batch-layer.kafkaPort", defaultValue = "0")
    private int kafkaPort;

    /** Kafka controller port (0 = a free one). */
    @Parameter(property = "batch-layer.kafkaControllerPort", defaultValue = "0")
    private int kafkaControllerPort;

    /** NameNode RPC port (0 = a free one). */
    @Parameter(property = "batch-layer.namenodePort", defaultValue = "0")
    private int namenodePort;

    /** NameNode HTTP (WebHDFS) port (0 = a free one). */
    @Parameter(property = "batch-layer.namenodeHttpPort", defaultValue = "0")
    private int namenodeHttpPort;

    /**
     * docker launcher: the JRE base image the cluster images are built on. Default {@code eclipse-temurin:17-jre}
     * (needs a registry); without one, build a base offline with {@code cluster/build-base-image.sh}
     * ({@code batch-layer/jre:17-bookworm}) and name it here.
     */
    @Parameter(property = "batch-layer.dockerBaseImage")
    private String dockerBaseImage;

    /** docker launcher: a compose file of your own instead of the plugin's (same service names, same variables). */
    @Parameter(property = "batch-layer.dockerComposeFile")
    private File dockerComposeFile;

    /** Extra broker properties for the embedded Kafka. */
    @Parameter
    private Map<String, String> brokerConfig = new HashMap<>();

    /** external launcher: HDFS URI, e.g. hdfs://namenode:8020. */
    @Parameter(property = PropertyNames.HDFS_URI)
    private String hdfsUri;

    /** external launcher: the NameNode's HTTP address for a WebHDFS write probe, e.g. http://namenode:9870. */
    @Parameter(property = "batch-layer.hdfsHttpUri")
    private String hdfsHttpUri;

    /** external launcher: Spark master URL. */
    @Parameter(property = PropertyNames.SPARK_MASTER)
    private String sparkMaster;

    /** external launcher: a standalone master's web UI (default: http://host:8080 of the master, if it answers). */
    @Parameter(property = PropertyNames.SPARK_MASTER_UI)
    private String sparkMasterUi;

    /**
     * external launcher: also run the job's {@code probe} (a probe file under {@code rawPath} through Hadoop's
     * client, and a trivial Spark job on the master) before declaring the cluster usable.
     */
    @Parameter(property = "batch-layer.probeJob", defaultValue = "true")
    private boolean probeJob;

    /** external launcher: the landing path the probe writes under (the ingest's raw path). */
    @Parameter(property = PropertyNames.RAW_PATH, defaultValue = Defaults.RAW_PATH)
    private String rawPath;

    /**
     * embedded launcher: {@code local} (default: Spark runs local[*] in the job's driver) or {@code standalone}
     * (a Spark master and one worker in forked JVMs; the job runs on executors).
     */
    @Parameter(property = "batch-layer.sparkMode", defaultValue = "local")
    private String sparkMode;

    /** Spark master RPC port: standalone (embedded) or docker cluster (0 = a free one). */
    @Parameter(property = "batch-layer.sparkMasterPort", defaultValue = "0")
    private int sparkMasterPort;

    /** Spark master web UI port, whose /json is the readiness probe: standalone or docker (0 = a free one). */
    @Parameter(property = "batch-layer.sparkMasterUiPort", defaultValue = "0")
    private int sparkMasterUiPort;

    /** standalone: worker RPC port (0 = a free one). */
    @Parameter(property = "batch-layer.sparkWorkerPort", defaultValue = "0")
    private int sparkWorkerPort;

    /** Spark worker web UI port: standalone or docker (0 = a free one). */
    @Parameter(property = "batch-layer.sparkWorkerUiPort", defaultValue = "0")
    private int sparkWorkerUiPort;

    /** standalone or docker: cores the Spark worker offers. */
    @Parameter(property = "batch-layer.sparkWorkerCores", defaultValue = "2")
    private int sparkWorkerCores;

    /** standalone or docker: memory the Spark worker offers to executors. */
    @Parameter(property = "batch-layer.sparkWorkerMemory", defaultValue = "2g")
    private String sparkWorkerMemory;

    /** external launcher: how long the probe job may take. */
    @Parameter(property = "batch-layer.probeTimeoutSeconds", defaultValue = "180")
    private int probeTimeoutSeconds;

    /** external launcher: driver heap of the probe job. */
    @Parameter(property = PropertyNames.DRIVER_MEMORY, defaultValue = Defaults.DRIVER_MEMORY)
    private String driverMemory;

    /**
     * embedded launcher: start Kafka and HDFS from class-data sharing archives (recorded by the first storage
     * formatting with a given JDK and jars, kept under {@code ~/.cache/batch-layer/cds}): they start sooner. The
     * warm driver maps the Spark goals' archive likewise when there is one.
     */
    @Parameter(property = PropertyNames.CLASS_DATA_SHARING, defaultValue = "true")
    private boolean classDataSharing;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Start one warm Spark driver with the cluster, in the background, for every Spark goal of this build and of
     * later {@code mvn} runs while the cluster runs (each saves a driver's start); {@code cluster-down} stops it.
     * Unset: on with the embedded and docker launchers, off with the external one (a long-lived application holds
     * the cluster's resources there). {@code false}: every Spark goal forks a driver of its own.
     */
    @Parameter(property = PropertyNames.WARM_DRIVER)
    private Boolean warmDriver;

    /** The warm driver's extra Spark configuration ({@code spark.*}), as the Spark goals' {@code sparkConf}. */
    @Parameter
    private Map<String, String> sparkConf = new HashMap<>();

    /** The warm driver's Hadoop client settings, as the Spark goals' {@code hadoopConf}. */
    @Parameter
    private Map<String, String> hadoopConf = new HashMap<>();

    /** The warm driver's extra JVM flags, as the Spark goals' {@code jobJvmArgs}. */
    @Parameter(property = PropertyNames.JOB_JVM_ARGS)
    private List<String> jobJvmArgs = new ArrayList<>();

    /** The warm driver's {@code spark.executor.memory}, as the Spark goals'. */
    @Parameter(property = PropertyNames.EXECUTOR_MEMORY)
    private String executorMemory;

    /** The warm driver's {@code spark.executor.cores}, as the Spark goals'. */
    @Parameter(property = PropertyNames.EXECUTOR_CORES)
    private Integer executorCores;

    /** The warm driver's {@code spark.cores.max}, as the Spark goals'. */
    @Parameter(property = PropertyNames.MAX_CORES)
    private Integer maxCores;

    /** The warm driver's {@code spark.driver.cores}, as the Spark goals'. */
    @Parameter(property = PropertyNames.DRIVER_CORES)
    private Integer driverCores;

    /** The warm driver's Hadoop configuration directory, as the Spark goals' (default: HADOOP_CONF_DIR). */
    @Parameter(property = PropertyNames.HADOOP_CONF_DIR)
    private File hadoopConfDir;

    @Override
    protected void run() throws MojoExecutionException {
        Path dir = workDir.toPath();
        // refuse a wrong launcher name or JDK before an earlier build's cluster is stopped
        Launcher chosen;
        try {
            chosen = Launchers.forName(launcher);
        } catch (ClusterException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path java = forkJava();
        boolean keep = KeptCluster.keep(keepRunning, invokedFromCommandLine());
        // one owner per work directory: refused here, before anything is stopped or reset, if a live build owns it
        try {
            if (ClusterOwnership.claim(dir, keep, buildLog())) {
                getLog().info("stopped a cluster an earlier build left running in " + dir);
            }
        } catch (ClusterException e) {
            throw new MojoExecutionException("cluster-up refused: " + e.getMessage(), e);
        }
        // a new cluster starts a new run: what earlier runs recorded is no longer verify's business
        new RunJournal(dir).clear();
        ClusterSettings settings = settings(dir, keep, java);
        getLog().info("starting the " + launcher + " cluster in " + dir);
        logFollower().followDirectory(dir.resolve("logs"));
        // the warm driver's JVM boots while the services do
        WarmDriverStart warm = warmDriverEnabled(keep) ? warmDriverStart(keep, java) : null;
        if (warm != null) {
            // an embedded local[*] cluster's master is known now: the driver's session need not wait for the rest
            warm.launch(new ClusterEndpoints(null, null, null, localSpark() ? "local[*]" : null));
        }
        ClusterState state;
        try {
            state = chosen.start(settings);
        } catch (RuntimeException e) {
            ShownLogs.close(getPluginContext()); // the logs' last lines before the failure
            if (warm != null) {
                warm.abandon();
            }
            ClusterOwnership.release(dir);
            throw new MojoExecutionException("cluster-up failed: " + e.getMessage() + "\n("
                    + ClusterUpNextStep.of(e, readyTimeoutSeconds, dir.resolve("logs")) + ")", e);
        }
        state.write(dir);
        ClusterInfo.of(state, settings.versions()).write(dir);
        if (keep) {
            // only now that the state file names it: a build killed before this point leaves nothing running
            try {
                chosen.detach(state, buildLog());
            } catch (RuntimeException e) {
                throw new MojoExecutionException("cluster-up could not keep the cluster running: " + e.getMessage()
                        + " (it goes when this mvn ends; run cluster-up again)", e);
            }
        }
        if (warm != null) {
            warm.init(state.endpoints());
        }
        if (!keep) {
            ClusterGuard.arm(dir, buildLog());
        } else if (!invokedFromCommandLine()) {
            KeptCluster.remember(getPluginContext()); // so this build's cluster-down leaves it running
        }
        ClusterProperties.export(project, state.endpoints());
        ClusterEndpoints e = state.endpoints();
        getLog().info(String.format("cluster ready in %.1f s: Kafka %s, HDFS %s, Spark %s%s", state.readySeconds(),
                e.kafkaBootstrapServers(), e.hdfsUri(), e.sparkMaster(),
                keep ? " (kept running: stop it with mvn batch-layer:cluster-down)" : ""));
    }

    /** The embedded launcher's default: Spark runs in the driver JVM, on {@code local[*]}. */
    private boolean localSpark() {
        return EmbeddedLauncher.NAME.equalsIgnoreCase(launcher)
                && EmbeddedSettings.SparkMode.parse(sparkMode) == EmbeddedSettings.SparkMode.LOCAL;
    }

    private boolean warmDriverEnabled(boolean keep) {
        if (warmDriver != null ? !warmDriver : ExternalLauncher.NAME.equalsIgnoreCase(launcher)) {
            return false;
        }
        if (SparkGoals.inBuild(project, session)) {
            return true;
        }
        // a kept cluster serves later mvn runs, whose goals nobody knows yet; but on a standalone master (docker,
        // sparkMode=standalone) a driver nobody uses would hold the worker's cores that another one may need
        if (!keep || !localSpark()) {
            getLog().info("no warm Spark driver: this build runs no Spark goal (" + String.join(", ", SparkGoals.NAMES)
                    + ")");
            return false;
        }
        return true;
    }

    private WarmDriverStart warmDriverStart(boolean keep, Path java) {
        DriverSpecs.Parameters parameters = new DriverSpecs.Parameters(driverMemory, sparkConf, hadoopConf,
                jobJvmArgs, new JobSparkConf.Resources(executorMemory, executorCores, maxCores, driverCores),
                hadoopConfDir, classDataSharing, 0);
        // a bound cluster's driver goes with this Maven; a kept cluster's when its state file is removed
        OwnerWatchdog owner = keep ? OwnerWatchdog.stateFile(ClusterState.file(workDir.toPath()))
                : OwnerWatchdog.thisJvm();
        return new WarmDriverStart(endpoints -> DriverSpecs.spec(parameters,
                EngineVersions.defaults().with(null, null, sparkVersion), endpoints,
                parameters.conf(session.getUserProperties()), plugin, classpathResolver(), java, workDir.toPath()),
                owner, buildLog(), getLog());
    }

    private ClusterSettings settings(Path dir, boolean keep, Path java) throws MojoExecutionException {
        EngineVersions versions = EngineVersions.defaults().with(kafkaVersion, hadoopVersion, sparkVersion);
        ClusterSettings.Builder settings = ClusterSettings.builder(dir)
                .versions(versions)
                .readyTimeout(Duration.ofSeconds(readyTimeoutSeconds))
                .resolver(classpathResolver())
                .javaExecutable(java)
                .parentPid(keep ? null : ProcessHandle.current().pid())
                .log(buildLog())
                .kafkaPort(kafkaPort).kafkaControllerPort(kafkaControllerPort)
                .namenodePort(namenodePort).namenodeHttpPort(namenodeHttpPort)
                .sparkMasterPort(sparkMasterPort).sparkMasterUiPort(sparkMasterUiPort)
                .sparkWorkerPort(sparkWorkerPort).sparkWorkerUiPort(sparkWorkerUiPort)
                .brokerConfig(brokerConfig)
                .sparkWorkerCores(sparkWorkerCores).sparkWorkerMemory(sparkWorkerMemory)
                .sparkMode(EmbeddedSettings.SparkMode.parse(sparkMode))
                .classDataCache(classDataSharing ? ClassDataSharing.defaultCacheDir() : null)
                .dockerBaseImage(dockerBaseImage)
                .dockerComposeFile(dockerComposeFile == null ? null : dockerComposeFile.toPath().toAbsolutePath())
                .externalEndpoints(new ClusterEndpoints(kafkaBootstrapServers, hdfsUri, hdfsHttpUri, sparkMaster,
                        sparkMasterUi))
                .probePath(rawPath)
                .probeTimeout(Duration.ofSeconds(probeTimeoutSeconds));
        if (ExternalLauncher.NAME.equalsIgnoreCase(launcher)) {
            // only the external launcher reads these, and gathering them can fail (a settings.xml server, a file)
            settings.kafkaClientProperties(kafkaClientProperties())
                    .driverProbe(probeJob ? driverProbe(dir, versions, java) : null);
        }
        return settings.build();
    }

    /** external: the probe's driver is an ingest's, with the Spark conf given as {@code -Dspark.*} user properties. */
    private DriverProbe driverProbe(Path dir, EngineVersions versions, Path java) throws MojoExecutionException {
        Map<String, String> conf = JobSparkConf.assemble(new JobSparkConf.Resources(null, null, null, null),
                Map.of(), Map.of(), session.getUserProperties());
        SparkJobSpec driver = new SparkJobSpec(versions.spark(), versions.scalaBinary(), JobPaths.jobJar(plugin),
                sparkMaster, hdfsUri, driverMemory, conf, List.of(), classpathResolver(), java,
                dir, Duration.ofSeconds(probeTimeoutSeconds), JobPaths.hadoopConfDir(null));
        return new SparkDriverProbe(driver, buildLog());
    }
}
