package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.process.JavaProcessSpec;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parameters of the goals that run the Spark job (ingest, summarize). */
public abstract class AbstractSparkJobMojo extends AbstractPipelineMojo {

    private static final String JOB_ARTIFACT = "io.github.batchlayer:batch-layer-spark-job";

    /** Spark version for the driver (default: the plugin's, see README). */
    @Parameter(property = "batch-layer.sparkVersion")
    private String sparkVersion;

    /** Spark master URL; default: the running cluster's (local[*] for embedded). */
    @Parameter(property = "batch-layer.sparkMaster")
    protected String sparkMaster;

    /** HDFS URI; default: the running cluster's. */
    @Parameter(property = "batch-layer.hdfsUri")
    protected String hdfsUri;

    /** Kafka bootstrap servers; default: the running cluster's. */
    @Parameter(property = "batch-layer.kafkaBootstrapServers")
    protected String kafkaBootstrapServers;

    /** Driver heap. */
    @Parameter(property = "batch-layer.driverMemory", defaultValue = "1g")
    private String driverMemory;

    /** Extra Spark configuration ({@code spark.*}). */
    @Parameter
    private Map<String, String> sparkConf = new HashMap<>();

    /** Extra JVM flags for the driver. */
    @Parameter(property = "batch-layer.jobJvmArgs")
    private List<String> jobJvmArgs = new ArrayList<>();

    /** How long one job run may take. */
    @Parameter(property = "batch-layer.jobTimeoutSeconds", defaultValue = "1800")
    private int jobTimeoutSeconds;

    /** Raw landing path on HDFS (a path, resolved against the HDFS URI, or a full URI). */
    @Parameter(property = "batch-layer.rawPath", defaultValue = "/tmp/raw_assessments")
    protected String rawPath;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    protected ClusterEndpoints endpoints() throws MojoExecutionException {
        return ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, hdfsUri, sparkMaster);
    }

    protected SparkJobRunner jobRunner(ClusterEndpoints endpoints) throws MojoExecutionException {
        Artifact job = plugin.getArtifactMap().get(JOB_ARTIFACT);
        if (job == null || job.getFile() == null) {
            throw new MojoExecutionException("the plugin's own job jar (" + JOB_ARTIFACT + ") is missing");
        }
        EngineVersions versions = EngineVersions.defaults().with(null, null, sparkVersion);
        SparkJobSpec spec = new SparkJobSpec(versions.spark(), versions.scalaBinary(), job.getFile().toPath(),
                endpoints.sparkMaster() == null ? "local[*]" : endpoints.sparkMaster(), endpoints.hdfsUri(),
                driverMemory, sparkConf, jobJvmArgs, classpathResolver(), JavaProcessSpec.currentJava(),
                workDir.toPath(), Duration.ofSeconds(jobTimeoutSeconds));
        return new SparkJobRunner(spec, buildLog());
    }

    /** A path on the cluster's file system as a full URI. */
    protected static String onCluster(ClusterEndpoints endpoints, String path) throws MojoExecutionException {
        if (path.contains("://")) {
            return path;
        }
        if (endpoints.hdfsUri() == null) {
            throw new MojoExecutionException("no HDFS URI for " + path + ": run cluster-up or set "
                    + "-Dbatch-layer.hdfsUri=hdfs://host:port");
        }
        return endpoints.hdfsUri() + (path.startsWith("/") ? path : "/" + path);
    }
}
