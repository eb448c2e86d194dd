package io.github.batchlayer.cluster;

import io.github.batchlayer.log.BuildLog;

/**
 * Brings a cluster up and down. How the cluster comes to be is the launcher's business alone: the goals after
 * {@code cluster-up} only see the {@link ClusterEndpoints} in the returned state.
 */
public interface Launcher {

    /** Starts the services and returns once each one answers a real request; fails with the service's log tail. */
    ClusterState start(ClusterSpec spec);

    /** Stops everything the state names. Idempotent: stopping what is already gone is not an error. */
    void stop(ClusterState state, BuildLog log);
}
