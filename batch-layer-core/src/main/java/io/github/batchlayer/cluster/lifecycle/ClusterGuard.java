package io.github.batchlayer.cluster.lifecycle;

import io.github.batchlayer.log.BuildLog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Stops a cluster when the JVM that started it exits without having run {@code cluster-down}: a failed goal
 * ends the build before post-integration-test, and Ctrl-C ends it anywhere. One hook per work directory;
 * {@code cluster-down} disarms it. (A {@code kill -9} of Maven runs no hook: the services' own parent watchdog
 * covers that, and on the docker launcher the run's reaper container.)
 */
public final class ClusterGuard {

    private static final Map<Path, Thread> HOOKS = new HashMap<>();

    private ClusterGuard() {
    }

    public static synchronized void arm(Path workDir, BuildLog log) {
        Path key = workDir.toAbsolutePath().normalize();
        if (HOOKS.containsKey(key)) {
            return;
        }
        Thread hook = new Thread(() -> ClusterStopper.stopAndRelease(key, log), "batch-layer-cluster-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        HOOKS.put(key, hook);
    }

    public static synchronized void disarm(Path workDir) {
        Thread hook = HOOKS.remove(workDir.toAbsolutePath().normalize());
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it stops the cluster itself
            }
        }
    }
}
