package io.github.batchlayer.cluster.external;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.WebHdfsProbe;
import io.github.batchlayer.kafka.KafkaProbe;
import io.github.batchlayer.log.BuildLog;

import java.util.List;
import java.util.Map;

/**
 * Starts nothing: the endpoints are given. {@code cluster-up} only checks that each one answers, naming the
 * endpoint that does not.
 */
public final class ExternalLauncher implements Launcher {

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
            KafkaProbe.check(given.kafkaBootstrapServers(), Map.of());
        } catch (Exception e) {
            throw new ClusterException("Kafka at " + given.kafkaBootstrapServers() + " did not answer: "
                    + e.getMessage(), e);
        }
        if (!blank(given.hdfsHttpUri())) {
            try {
                WebHdfsProbe.check(given.hdfsHttpUri(), "/tmp/.batch-layer-probe-" + spec.runId(), "batchlayer");
            } catch (Exception e) {
                throw new ClusterException("HDFS (WebHDFS at " + given.hdfsHttpUri() + ") did not accept a probe "
                        + "file: " + e.getMessage(), e);
            }
        }
        spec.log().info("external cluster answers: Kafka " + given.kafkaBootstrapServers() + ", HDFS "
                + given.hdfsUri() + ", Spark " + given.sparkMaster());
        return new ClusterState("external", spec.runId(), given, List.of(), List.of(), System.currentTimeMillis(),
                (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        log.info("external cluster: nothing to stop");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
