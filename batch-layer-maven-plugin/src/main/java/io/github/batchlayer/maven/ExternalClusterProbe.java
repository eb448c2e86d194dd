package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.log.BuildLog;

import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The part of {@code cluster-up}'s external check that needs Hadoop's and Spark's clients, so it runs as the
 * job's {@code probe} command in a forked driver: a probe file written, read and deleted under the landing path
 * (through hdfs://, with HADOOP_CONF_DIR and spark.hadoop.* as the ingest will use them), then a trivial job on
 * the master, which passes only when executors were granted and ran our jar. A failure names the endpoint.
 */
final class ExternalClusterProbe {

    private ExternalClusterProbe() {
    }

    /**
     * The probe's driver: as an ingest's, with the same Hadoop configuration directory (HADOOP_CONF_DIR) and the
     * Spark conf given as {@code -Dspark.*} user properties.
     */
    static SparkJobSpec driverSpec(ClusterSpec cluster, ClusterEndpoints endpoints, Path jobJar, String driverMemory,
            Duration timeout, Properties userProperties) throws MojoExecutionException {
        Map<String, String> conf = JobSparkConf.assemble(new JobSparkConf.Resources(null, null, null, null),
                Map.of(), Map.of(), userProperties);
        return new SparkJobSpec(cluster.versions().spark(), cluster.versions().scalaBinary(), jobJar,
                endpoints.sparkMaster(), endpoints.hdfsUri(), driverMemory, conf, List.of(), cluster.resolver(),
                cluster.javaExecutable(), cluster.workDir(), timeout, JobPaths.hadoopConfDir(null));
    }

    static void run(SparkJobSpec spec, ClusterEndpoints endpoints, String landingUri, BuildLog log)
            throws MojoExecutionException {
        JsonNode result;
        try {
            result = new SparkJobRunner(spec, log).run("probe", List.of("--path", landingUri, "--partitions", "4"));
        } catch (RuntimeException e) {
            // no result: the driver could not start, or hung waiting for executors until the timeout
            throw new MojoExecutionException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job within " + spec.timeout().toSeconds() + " s (no executors granted, or a Spark version "
                    + "mismatch: the driver runs Spark " + spec.sparkVersion() + ", set -Dbatch-layer.sparkVersion "
                    + "to the cluster's): " + e.getMessage(), e);
        }
        String failed = result.path("failedStep").asText("");
        if ("filesystem".equals(failed)) {
            throw new MojoExecutionException("HDFS at " + endpoints.hdfsUri() + " did not accept a probe file under "
                    + landingUri + ": " + result.path("error").asText());
        }
        if ("spark".equals(failed)) {
            throw new MojoExecutionException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job: " + result.path("error").asText());
        }
        if (result.has("error")) {
            throw new MojoExecutionException("the probe job failed: " + result.path("error").asText());
        }
        log.info(String.format("probe: wrote, read and deleted a file under %s; a 4-task job ran on %s with %d "
                        + "executor(s), Spark %s (%.1f s)", landingUri, result.path("master").asText(),
                result.path("executors").asInt(), result.path("sparkVersion").asText(),
                result.path("seconds").asDouble()));
    }
}
