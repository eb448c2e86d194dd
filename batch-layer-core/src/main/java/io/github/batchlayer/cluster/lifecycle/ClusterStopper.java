package io.github.batchlayer.cluster.lifecycle;

import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launchers;
import io.github.batchlayer.job.WarmDriver;
import io.github.batchlayer.log.BuildLog;

import java.nio.file.Path;
import java.util.Optional;

/** Stops whatever the state file in a work directory names, then removes the file. Idempotent. */
public final class ClusterStopper {

    private ClusterStopper() {
    }

    /** The {@link ClusterGuard}'s stopping JVM: {@code ClusterStopper <workDir>}. */
    public static void main(String[] args) {
        Path workDir = Path.of(args[0]);
        BuildLog log = BuildLog.console();
        if (stopAndRelease(workDir, log)) {
            log.info("the build ended without cluster-down: stopped the cluster in " + workDir);
        }
    }

    /** Stops the cluster and gives up the work directory's ownership ({@link ClusterOwnership}). */
    public static boolean stopAndRelease(Path workDir, BuildLog log) {
        try {
            return stop(workDir, log);
        } finally {
            ClusterOwnership.release(workDir);
        }
    }

    /** @return true when there was a cluster to stop */
    public static boolean stop(Path workDir, BuildLog log) {
        // the warm Spark driver first: it holds connections to the services stopped after it
        WarmDriver.stop(workDir, log);
        Optional<ClusterState> state = ClusterState.read(workDir);
        if (state.isEmpty()) {
            return false;
        }
        Launchers.forName(state.get().launcher()).stop(state.get(), log);
        ClusterState.delete(workDir);
        return true;
    }
}
