package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.lifecycle.ClusterGuard;
import io.github.batchlayer.cluster.lifecycle.ClusterStopper;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Stops everything {@code cluster-up} started (named in the state file). Idempotent; never fails the build. */
@Mojo(name = "cluster-down", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true,
        requiresProject = true)
public class ClusterDownMojo extends AbstractBatchLayerMojo {

    @Override
    protected void run() {
        long started = System.nanoTime();
        try {
            if (ClusterStopper.stop(workDir.toPath(), buildLog())) {
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
