package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.lifecycle.ClusterGuard;
import io.github.batchlayer.cluster.lifecycle.ClusterOwner;
import io.github.batchlayer.cluster.lifecycle.ClusterOwnership;
import io.github.batchlayer.cluster.lifecycle.ClusterStopper;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Optional;

/**
 * Stops everything {@code cluster-up} started (named in the state file). Idempotent; never fails the build. Bound
 * to the lifecycle after a {@code cluster-up} that kept its cluster ({@code -Dbatch-layer.keepRunning}), it leaves
 * the cluster running for a post-mortem and says how to stop it; typed on the command line, it always stops. A
 * cluster that belongs to another build still running is left alone: that build stops it when it ends.
 */
@Mojo(name = "cluster-down", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true,
        requiresProject = true)
public class ClusterDownMojo extends AbstractBatchLayerMojo {

    @Override
    protected void run() {
        ShownLogs.close(getPluginContext()); // the logs' last lines, before the services stop or are kept
        if (!invokedFromCommandLine() && KeptCluster.wasKept(getPluginContext())) {
            ClusterState.read(workDir.toPath()).ifPresent(state -> getLog().warn(KeptCluster.keptLine(
                    state.endpoints(), workDir.toPath(), KeptCluster.stopCommand(project.getBasedir(),
                            workDir.toPath()))));
            return;
        }
        long started = System.nanoTime();
        Optional<ClusterOwner> owner = ClusterOwnership.otherLiveBuild(workDir.toPath());
        if (owner.isPresent()) {
            getLog().warn("cluster-down: the cluster in " + workDir + " belongs to a build that is still running ("
                    + owner.get().describe() + "); it stops it itself when it ends. Nothing was stopped");
            return;
        }
        try {
            if (ClusterStopper.stopAndRelease(workDir.toPath(), buildLog())) {
                getLog().info(String.format("cluster stopped in %.1f s", (System.nanoTime() - started) / 1e9));
            } else {
                getLog().info("no cluster running from " + workDir);
            }
        } catch (RuntimeException e) {
            // teardown must not hide the build's real outcome; say what may be left behind
            getLog().warn("cluster-down could not stop everything: " + e.getMessage()
                    + " (see " + workDir + "/cluster.json)");
        } finally {
            ClusterGuard.disarm(workDir.toPath());
        }
    }
}
