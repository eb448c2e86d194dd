package io.github.batchlayer.cluster.external;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.DriverProbe;
import io.github.batchlayer.cluster.ExternalSettings;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.probe.KafkaProbe;
import io.github.batchlayer.cluster.probe.SparkMasterProbe;
import io.github.batchlayer.cluster.probe.SparkVersionCheck;
import io.github.batchlayer.cluster.probe.WebHdfsProbe;
import io.github.batchlayer.job.contract.ProbeResult;
import io.github.batchlayer.log.BuildLog;

import java.util.List;

/**
 * Starts nothing: the endpoints are given. {@code cluster-up} only checks that each one answers, naming the
 * endpoint that does not. What Maven's JVM can check with its own clients is checked first, so the common failures
 * are named in seconds: Kafka (metadata with the user's security settings), HDFS over WebHDFS when its HTTP address
 * is given, and a standalone master's UI (ALIVE, a worker, the same Spark version as the driver). Then the
 * {@link DriverProbe}, when one is given: a file written through Hadoop's own client and a trivial job on the
 * master, which need Spark's classpath and so run in a forked driver.
 */
public final class ExternalLauncher implements Launcher {

    public static final String NAME = "external";

    /** Tasks of the driver probe's trivial job: more than one, so it needs executors to be granted. */
    static final int PROBE_PARTITIONS = 4;

    @Override
    public ClusterState start(ClusterSettings settings) {
        ExternalSettings external = settings.external();
        ClusterEndpoints given = external.endpoints();
        if (given == null || blank(given.kafkaBootstrapServers()) || blank(given.hdfsUri())
                || blank(given.sparkMaster())) {
            throw new ClusterException("launcher=external needs kafkaBootstrapServers, hdfsUri and sparkMaster "
                    + "(-Dbatch-layer.kafkaBootstrapServers=..., -Dbatch-layer.hdfsUri=..., "
                    + "-Dbatch-layer.sparkMaster=...)");
        }
        long started = System.nanoTime();
        try {
            KafkaProbe.check(given.kafkaBootstrapServers(), external.kafkaClientProperties());
        } catch (Exception e) {
            throw new ClusterException("Kafka at " + given.kafkaBootstrapServers() + " did not answer a metadata "
                    + "request: " + e.getMessage(), e);
        }
        if (!blank(given.hdfsHttpUri())) {
            try {
                WebHdfsProbe.check(given.hdfsHttpUri(), "/tmp/.batch-layer-probe-" + settings.runId(), "batchlayer");
            } catch (Exception e) {
                throw new ClusterException("HDFS (WebHDFS at " + given.hdfsHttpUri() + ") did not accept a probe "
                        + "file: " + e.getMessage(), e);
            }
        }
        String ui = checkSparkMaster(given, settings);
        settings.log().info("external cluster answers: Kafka " + given.kafkaBootstrapServers() + ", HDFS "
                + given.hdfsUri() + ", Spark " + given.sparkMaster() + (ui == null ? "" : " (UI " + ui + ")"));
        ClusterEndpoints endpoints = new ClusterEndpoints(given.kafkaBootstrapServers(), given.hdfsUri(),
                given.hdfsHttpUri(), given.sparkMaster(), ui);
        if (external.driverProbe() != null) {
            probeFromDriver(external, endpoints, settings);
        }
        return new ClusterState(NAME, settings.runId(), endpoints, List.of(), List.of(), System.currentTimeMillis(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * A standalone master's UI: a given one must answer; the usual one ({@code :8080}) is tried and skipped with
     * a warning when it does not (the driver probe still tests the master).
     *
     * @return the UI that answered, or null
     */
    private static String checkSparkMaster(ClusterEndpoints given, ClusterSettings settings) {
        boolean explicit = !blank(given.sparkMasterUiUri());
        String ui = explicit ? given.sparkMasterUiUri() : SparkMasterProbe.defaultUi(given.sparkMaster());
        if (ui == null) {
            return null;
        }
        try {
            SparkMasterProbe.Status status = SparkMasterProbe.check(ui, 1);
            SparkVersionCheck.require(ui, settings.versions().spark());
            settings.log().info("Spark master " + given.sparkMaster() + " is " + status.status() + " with "
                    + status.aliveWorkers() + " worker(s), " + status.cores() + " cores");
            return ui;
        } catch (ClusterException e) {
            throw e;
        } catch (Exception e) {
            if (explicit) {
                throw new ClusterException("Spark master at " + given.sparkMaster() + " (UI " + ui + ") is not "
                        + "ready: " + e.getMessage(), e);
            }
            settings.log().warn("Spark master UI not reachable at " + ui + " (" + e.getMessage() + "); set "
                    + "-Dbatch-layer.sparkMasterUi=http://host:port to check it and its Spark version");
            return null;
        }
    }

    /** Runs the driver probe and names the endpoint that failed it. */
    private static void probeFromDriver(ExternalSettings external, ClusterEndpoints endpoints,
                                        ClusterSettings settings) {
        String landingUri = endpoints.onHdfs(external.probePath());
        ProbeResult report;
        try {
            report = external.driverProbe().run(landingUri, PROBE_PARTITIONS, external.probeTimeout());
        } catch (RuntimeException e) {
            // no report: the driver could not start, or hung waiting for executors until the timeout
            throw new ClusterException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job within " + external.probeTimeout().toSeconds() + " s (no executors granted, or a Spark "
                    + "version mismatch: the driver runs Spark " + settings.versions().spark() + ", set "
                    + "-Dbatch-layer.sparkVersion to the cluster's): " + e.getMessage(), e);
        }
        if (report.failedStep() == ProbeResult.Step.FILESYSTEM) {
            throw new ClusterException("HDFS at " + endpoints.hdfsUri() + " did not accept a probe file under "
                    + landingUri + ": " + report.error());
        }
        if (report.failedStep() == ProbeResult.Step.SPARK) {
            throw new ClusterException("Spark master at " + endpoints.sparkMaster() + " did not run a trivial "
                    + "job: " + report.error());
        }
        if (report.error() != null) {
            throw new ClusterException("the probe job failed: " + report.error());
        }
        settings.log().info(String.format("probe: wrote, read and deleted a file under %s; a %d-task job ran on %s "
                        + "with %d executor(s), Spark %s (%.1f s)", landingUri, PROBE_PARTITIONS, report.master(),
                report.executors(), report.sparkVersion(), report.seconds()));
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        log.info("external cluster: nothing to stop (the plugin started no service)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
