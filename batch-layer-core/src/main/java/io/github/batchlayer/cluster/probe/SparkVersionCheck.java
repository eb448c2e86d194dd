package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterException;

import java.util.Optional;

/**
 * A driver of one Spark version cannot use a standalone cluster of another: the RPC messages differ, and what
 * the user sees is a driver that waits for executors forever or "All masters are unresponsive". Comparing the
 * versions first turns that into one sentence that says what to set.
 */
public final class SparkVersionCheck {

    private SparkVersionCheck() {
    }

    /**
     * @return the cluster's version when it could be read; throws when it differs from the driver's
     */
    public static Optional<String> require(String masterUi, String driverVersion) throws Exception {
        Optional<String> cluster = SparkMasterProbe.version(masterUi);
        if (cluster.isPresent() && !cluster.get().equals(driverVersion)) {
            throw new ClusterException("the cluster runs Spark " + cluster.get() + ", the driver Spark "
                    + driverVersion + ": set -Dbatch-layer.sparkVersion=" + cluster.get()
                    + " (the master's UI at " + masterUi + " says " + cluster.get() + ")");
        }
        return cluster;
    }
}
