package io.github.batchlayer.cluster.external;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.SparkMasterProbe;
import io.github.batchlayer.cluster.SparkVersionCheck;
import io.github.batchlayer.cluster.WebHdfsProbe;
import io.github.batchlayer.kafka.KafkaProbe;
import io.github.batchlayer.log.BuildLog;

import java.util.List;
import java.util.Map;

/**
 * Starts nothing: the endpoints are given. {@code cluster-up} only checks that each one answers, naming the
 * endpoint that does not. What Maven's JVM can check with its own clients is checked here: Kafka (metadata
 * with the user's security settings), HDFS over WebHDFS when its HTTP address is given, and a standalone
 * master's UI (ALIVE, a worker, the same Spark version as the driver). The file-system write through Hadoop's
 * own client and a trivial job on the master need Spark's classpath: the plugin runs them as the job's
 * {@code probe} command right after (see ClusterUpMojo).
 */
public final class ExternalLauncher implements Launcher {

    private final Map<String, String> kafkaClientProperties;

    public ExternalLauncher() {
        this(Map.of());
    }

    /** @param kafkaClientProperties security and other client settings for the Kafka probe */
    public ExternalLauncher(Map<String, String> kafkaClientProperties) {
        this.kafkaClientProperties = Map.copyOf(kafkaClientProperties);
    }

    @Override
    public ClusterState start(ClusterSpec spec) {
        ClusterEndpoints given = spec.external();
        if (given == null || blank(given.kafkaBootstrapServers()) || blank(given.hdfsUri())
                || blank(given.sparkMaster())) {
            throw new ClusterException("launcher=external needs kafkaBootstrapServers, hdfsUri and sparkMaster "
                    + "(-Dbatch-layer.kafkaBootstrapServers=..., -Dbatch-layer.hdfsUri=..., "
                    + "-Dbatch-layer.sparkMaster=...)");
        }
        long started = System.nanoTime();
        try {
            KafkaProbe.check(given.kafkaBootstrapServers(), kafkaClientProperties);
        } catch (Exception e) {
            throw new ClusterException("Kafka at " + given.kafkaBootstrapServers() + " did not answer a metadata "
                    + "request: " + e.getMessage(), e);
        }
        if (!blank(given.hdfsHttpUri())) {
            try {
                WebHdfsProbe.check(given.hdfsHttpUri(), "/tmp/.batch-layer-probe-" + spec.runId(), "batchlayer");
            } catch (Exception e) {
                throw new ClusterException("HDFS (WebHDFS at " + given.hdfsHttpUri() + ") did not accept a probe "
                        + "file: " + e.getMessage(), e);
            }
        }
        String ui = checkSparkMaster(given, spec);
        spec.log().info("external cluster answers: Kafka " + given.kafkaBootstrapServers() + ", HDFS "
                + given.hdfsUri() + ", Spark " + given.sparkMaster() + (ui == null ? "" : " (UI " + ui + ")"));
        ClusterEndpoints endpoints = new ClusterEndpoints(given.kafkaBootstrapServers(), given.hdfsUri(),
                given.hdfsHttpUri(), given.sparkMaster(), ui);
        return new ClusterState("external", spec.runId(), endpoints, List.of(), List.of(), System.currentTimeMillis(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * A standalone master's UI: a given one must answer; the usual one ({@code :8080}) is tried and skipped with
     * a warning when it does not (the probe job still tests the master).
     *
     * @return the UI that answered, or null
     */
    private static String checkSparkMaster(ClusterEndpoints given, ClusterSpec spec) {
        boolean explicit = !blank(given.sparkMasterUiUri());
        String ui = explicit ? given.sparkMasterUiUri() : SparkMasterProbe.defaultUi(given.sparkMaster());
        if (ui == null) {
            return null;
        }
        try {
            SparkMasterProbe.Status status = SparkMasterProbe.check(ui, 1);
            SparkVersionCheck.require(ui, spec.versions().spark());
            spec.log().info("Spark master " + given.sparkMaster() + " is " + status.status() + " with "
                    + status.aliveWorkers() + " worker(s), " + status.cores() + " cores");
            return ui;
        } catch (ClusterException e) {
            throw e;
        } catch (Exception e) {
            if (explicit) {
                throw new ClusterException("Spark master at " + given.sparkMaster() + " (UI " + ui + ") is not "
                        + "ready: " + e.getMessage(), e);
            }
            spec.log().warn("Spark master UI not reachable at " + ui + " (" + e.getMessage() + "); set "
                    + "-Dbatch-layer.sparkMasterUi=http://host:port to check it and its Spark version");
            return null;
        }
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        log.info("external cluster: nothing to stop (the plugin started no service)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
