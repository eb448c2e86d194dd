package io.github.batchlayer.cluster.lifecycle;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.JitFlags;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stops a cluster when the JVM that started it exits without having run {@code cluster-down}: a failed goal
 * ends the build before post-integration-test, and Ctrl-C ends it anywhere. One hook per work directory;
 * {@code cluster-down} disarms it. (A {@code kill -9} of Maven runs no hook: the services' own parent watchdog
 * covers that, and on the docker launcher the run's reaper container.)
 *
 * <p>The hook stops the cluster in a JVM of its own ({@link ClusterStopper#main}), started with the class path
 * this class was loaded from, read when the hook is armed. It cannot stop it in Maven's JVM: when a build ends,
 * Maven closes the plugin's class loader before the JVM runs its shutdown hooks, so the stopping code could no
 * longer load its classes (every build that ended without {@code cluster-down} printed a NoClassDefFoundError and
 * left the services to their watchdogs). Only JDK classes are needed to start that JVM.
 */
public final class ClusterGuard {
    /** How long the hook waits for the stopping JVM: a docker cluster's containers take a few seconds each. */
    private static final long STOP_WAIT_SECONDS = 120;

    private static final Map<Path, Thread> HOOKS = new HashMap<>();

    private ClusterGuard() {
    }

    public static synchronized void arm(Path workDir, BuildLog log) {
        Path key = workDir.toAbsolutePath().normalize();
        if (HOOKS.containsKey(key)) {
            return;
        }
        List<String> command = stopCommand(key);
        Thread hook = new Thread(() -> stopInOwnJvm(command, key), "batch-layer-cluster-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        HOOKS.put(key, hook);
        log.debug("cluster guard armed for " + key + ": " + String.join(" ", command.subList(0, 2)) + " ...");
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

    /** {@code java -cp <this class's class path> ClusterStopper <workDir>}, on the JVM running this build. */
    static List<String> stopCommand(Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(JavaProcessSpec.currentJava().toString());
        command.add(JitFlags.C1_ONLY); // a short life: start fast
        command.add("-cp");
        command.add(classPath());
        command.add(ClusterStopper.class.getName());
        command.add(workDir.toString());
        return command;
    }

    /** Maven's plugin class loader is a URLClassLoader; elsewhere (tests, a CLI) the JVM's class path. */
    private static String classPath() {
        if (ClusterGuard.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    entries.add(new File(url.getPath()).getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void stopInOwnJvm(List<String> command, Path workDir) {
        try {
            Process stopper = new ProcessBuilder(command).inheritIO().start();
            if (!stopper.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                stopper.destroyForcibly();
                System.err.println("[WARNING] the cluster in " + workDir + " did not stop within "
                        + STOP_WAIT_SECONDS + " s; its services' watchdogs stop them now that this build is gone");
            }
        } catch (IOException e) {
            System.err.println("[WARNING] could not stop the cluster in " + workDir + " (" + e.getMessage()
                    + "); its services' watchdogs stop them now that this build is gone");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
