package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterState;

import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the cluster a goal talks to: endpoints given as parameters win; otherwise the state file that
 * {@code cluster-up} wrote (in this build or an earlier {@code mvn} invocation).
 */
final class ClusterConnection {

    private ClusterConnection() {
    }

    static ClusterEndpoints endpoints(Path workDir, String kafkaBootstrapServers, String hdfsUri, String sparkMaster)
            throws MojoExecutionException {
        Optional<ClusterState> state = ClusterState.read(workDir);
        ClusterEndpoints fromState = state.map(ClusterState::endpoints).orElse(null);
        String kafka = first(kafkaBootstrapServers, fromState == null ? null : fromState.kafkaBootstrapServers());
        String hdfs = first(hdfsUri, fromState == null ? null : fromState.hdfsUri());
        String http = fromState == null ? null : fromState.hdfsHttpUri();
        String spark = first(sparkMaster, fromState == null ? null : fromState.sparkMaster());
        if (kafka == null) {
            throw new MojoExecutionException("no cluster to talk to: no " + ClusterState.file(workDir)
                    + " and no kafkaBootstrapServers given; run batch-layer:cluster-up first or set "
                    + "-Dbatch-layer.kafkaBootstrapServers=host:port");
        }
        // the master's UI belongs to the master of the state file only
        String sparkUi = fromState != null && spark != null && spark.equals(fromState.sparkMaster())
                ? fromState.sparkMasterUiUri() : null;
        return new ClusterEndpoints(kafka, hdfs, http, spark, sparkUi);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
