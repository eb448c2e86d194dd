package io.github.batchlayer.cluster;

import io.github.batchlayer.log.BuildLog;

/**
 * Brings a cluster up and down. How the cluster comes to be is the launcher's business alone: the goals after
 * {@code cluster-up} only see the {@link ClusterEndpoints} in the returned state.
 */
public interface Launcher {

    /**
     * Starts the services (or, for endpoints given from outside, checks them) and returns once each one answers a
     * real request; fails with the service's log tail or the endpoint that did not answer.
     */
    ClusterState start(ClusterSettings settings);

    /** Stops everything the state names. Idempotent: stopping what is already gone is not an error. */
    void stop(ClusterState state, BuildLog log);

    /**
     * The started cluster is kept: from now on it no longer ends with this JVM, only {@code cluster-down} stops it.
     * Called once the state file names it (until then, a killed build must leave nothing).
     */
    default void detach(ClusterState state, BuildLog log) {
    }
}
