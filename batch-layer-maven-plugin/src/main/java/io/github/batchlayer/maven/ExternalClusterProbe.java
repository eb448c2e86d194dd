package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.ProbeResult;
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
        ProbeResult result;
        try {
            result = new SparkJobRunner(spec, log).run(ProbeArgs.COMMAND.arguments().with(ProbeArgs.PATH, landingUri));
        } catch (RuntimeException e) {
            // no result: the driver could not start, or hung waiting for executors until the timeout
            throw new MojoExecutionException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job within " + spec.timeout().toSeconds() + " s (no executors granted, or a Spark version "
                    + "mismatch: the driver runs Spark " + spec.sparkVersion() + ", set -Dbatch-layer.sparkVersion "
                    + "to the cluster's): " + e.getMessage(), e);
        }
        if (result.failedStep() == ProbeResult.Step.FILESYSTEM) {
            throw new MojoExecutionException("HDFS at " + endpoints.hdfsUri() + " did not accept a probe file under "
                    + landingUri + ": " + result.error());
        }
        if (result.failedStep() == ProbeResult.Step.SPARK) {
            throw new MojoExecutionException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job: " + result.error());
        }
        log.info(String.format("probe: wrote, read and deleted a file under %s; a %d-task job ran on %s with %d "
                        + "executor(s), Spark %s (%.1f s)", landingUri, ProbeArgs.PARTITIONS.defaultValue(),
                result.master(), result.executors(), result.sparkVersion(), result.seconds()));
    }
}
