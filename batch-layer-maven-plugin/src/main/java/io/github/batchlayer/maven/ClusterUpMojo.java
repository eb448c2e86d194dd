package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterGuard;
import io.github.batchlayer.cluster.ClusterPorts;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.ClusterOwnership;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.Launchers;
import io.github.batchlayer.cluster.docker.DockerSettings;
import io.github.batchlayer.cluster.SparkStandaloneSettings;
import io.github.batchlayer.cluster.external.ExternalLauncher;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.pipeline.RunJournal;
import io.github.batchlayer.process.JavaProcessSpec;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Starts Kafka, HDFS and Spark with the chosen launcher, waits until each answers, writes the cluster state
 * under {@code target/batch-layer/} and exports the endpoints as project properties
 * ({@code batch-layer.kafka.bootstrapServers}, {@code batch-layer.hdfs.uri}, {@code batch-layer.spark.master}).
 */
@Mojo(name = "cluster-up", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class ClusterUpMojo extends AbstractBatchLayerMojo {

    /** {@code embedded} (default: forked JVMs, no Docker), {@code docker} or {@code external}. */
    @Parameter(property = "batch-layer.launcher", defaultValue = "embedded")
    private String launcher;

    /** Seconds each service may take to answer before cluster-up fails with its log. */
    @Parameter(property = "batch-layer.readyTimeoutSeconds", defaultValue = "120")
    private int readyTimeoutSeconds;

    /**
     * Keep the cluster running after this Maven invocation ends. Unset: kept when the goal was typed on the
     * command line ({@code mvn batch-layer:cluster-up}), stopped at the end of the build (also a failed or
     * interrupted one) when it is bound to the lifecycle.
     */
    @Parameter(property = "batch-layer.keepRunning")
    private Boolean keepRunning;

    /** Kafka version for the embedded broker (default: the plugin's, see README). */
    @Parameter(property = "batch-layer.kafkaVersion")
    private String kafkaVersion;

    /** Hadoop version for the embedded HDFS. */
    @Parameter(property = "batch-layer.hadoopVersion")
    private String hadoopVersion;

    /** Spark version for the job. */
    @Parameter(property = "batch-layer.sparkVersion")
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

    /** external launcher: Kafka bootstrap servers. */
    @Parameter(property = "batch-layer.kafkaBootstrapServers")
    private String kafkaBootstrapServers;

    /** external launcher: HDFS URI, e.g. hdfs://namenode:8020. */
    @Parameter(property = "batch-layer.hdfsUri")
    private String hdfsUri;

    /** external launcher: the NameNode's HTTP address for a WebHDFS write probe, e.g. http://namenode:9870. */
    @Parameter(property = "batch-layer.hdfsHttpUri")
    private String hdfsHttpUri;

    /** external launcher: Spark master URL. */
    @Parameter(property = "batch-layer.sparkMaster")
    private String sparkMaster;

    /** external launcher: a standalone master's web UI (default: http://host:8080 of the master, if it answers). */
    @Parameter(property = "batch-layer.sparkMasterUi")
    private String sparkMasterUi;

    /**
     * external launcher: also run the job's {@code probe} (a probe file under {@code rawPath} through Hadoop's
     * client, and a trivial Spark job on the master) before declaring the cluster usable.
     */
    @Parameter(property = "batch-layer.probeJob", defaultValue = "true")
    private boolean probeJob;

    /** external launcher: the landing path the probe writes under (the ingest's raw path). */
    @Parameter(property = "batch-layer.rawPath", defaultValue = "/tmp/raw_assessments")
    private String rawPath;

    /** Kafka client properties (security) for the external launcher's Kafka probe. */
    @Parameter
    private Map<String, String> kafkaProperties = new HashMap<>();

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

    /** standalone: cores the worker offers. */
    @Parameter(property = "batch-layer.sparkWorkerCores", defaultValue = "2")
    private int sparkWorkerCores;

    /** standalone: memory the worker offers to executors. */
    @Parameter(property = "batch-layer.sparkWorkerMemory", defaultValue = "2g")
    private String sparkWorkerMemory;

    /** external launcher: how long the probe job may take. */
    @Parameter(property = "batch-layer.probeTimeoutSeconds", defaultValue = "180")
    private int probeTimeoutSeconds;

    /** external launcher: driver heap of the probe job. */
    @Parameter(property = "batch-layer.driverMemory", defaultValue = "1g")
    private String driverMemory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected void run() throws MojoExecutionException {
        Path dir = workDir.toPath();
        boolean keep = keepRunning != null ? keepRunning : invokedFromCommandLine();
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
        ClusterSpec spec = clusterSpec(dir, keep);
        getLog().info("starting the " + launcher + " cluster in " + dir);
        boolean external = "external".equalsIgnoreCase(launcher);
        ClusterState state;
        try {
            // the external launcher's Kafka probe must speak the cluster's security protocol
            state = (external ? new ExternalLauncher(kafkaClientProperties(kafkaProperties))
                    : Launchers.forName(launcher)).start(spec);
            if (external && probeJob) {
                SparkJobSpec probe = ExternalClusterProbe.driverSpec(spec, state.endpoints(), JobPaths.jobJar(plugin),
                        driverMemory, Duration.ofSeconds(probeTimeoutSeconds), session.getUserProperties());
                ExternalClusterProbe.run(probe, state.endpoints(), JobPaths.onCluster(state.endpoints(), rawPath),
                        buildLog());
            }
        } catch (RuntimeException e) {
            ClusterOwnership.release(dir);
            throw new MojoExecutionException("cluster-up failed: " + e.getMessage()
                    + "\n(raise -Dbatch-layer.readyTimeoutSeconds on a slow machine; logs are in "
                    + dir.resolve("logs") + ")", e);
        }
        state.write(dir);
        if (!keep) {
            ClusterGuard.arm(dir, buildLog());
        }
        ClusterProperties.export(project, state.endpoints());
        ClusterEndpoints e = state.endpoints();
        getLog().info(String.format("cluster ready in %.1f s: Kafka %s, HDFS %s, Spark %s%s", state.readySeconds(),
                e.kafkaBootstrapServers(), e.hdfsUri(), e.sparkMaster(),
                keep ? " (kept running: stop it with mvn batch-layer:cluster-down)" : ""));
    }

    private ClusterSpec clusterSpec(Path dir, boolean keep) {
        return new ClusterSpec(dir, UUID.randomUUID().toString(),
                EngineVersions.defaults().with(kafkaVersion, hadoopVersion, sparkVersion),
                new ClusterPorts(kafkaPort, kafkaControllerPort, namenodePort, namenodeHttpPort, 0, 0, 0),
                Duration.ofSeconds(readyTimeoutSeconds), classpathResolver(), JavaProcessSpec.currentJava(),
                keep ? null : ProcessHandle.current().pid(), brokerConfig,
                new ClusterEndpoints(kafkaBootstrapServers, hdfsUri, hdfsHttpUri, sparkMaster, sparkMasterUi),
                buildLog(), launcherOptions(), new SparkStandaloneSettings(sparkMode, sparkMasterPort,
                sparkMasterUiPort, sparkWorkerPort, sparkWorkerUiPort, sparkWorkerCores, sparkWorkerMemory));
    }

    private Map<String, String> launcherOptions() {
        Map<String, String> options = new HashMap<>();
        options.put(DockerSettings.SPARK_MASTER_PORT, Integer.toString(sparkMasterPort));
        options.put(DockerSettings.SPARK_MASTER_UI_PORT, Integer.toString(sparkMasterUiPort));
        options.put(DockerSettings.SPARK_WORKER_UI_PORT, Integer.toString(sparkWorkerUiPort));
        if (dockerBaseImage != null) {
            options.put(DockerSettings.BASE_IMAGE, dockerBaseImage);
        }
        if (dockerComposeFile != null) {
            options.put(DockerSettings.COMPOSE_FILE, dockerComposeFile.getAbsolutePath());
        }
        return options;
    }
}
