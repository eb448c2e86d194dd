package io.github.batchlayer.cluster.lifecycle;

import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ProcessStopper;

/**
 * Stops a forked service JVM named in a cluster state (only while its PID still runs our argument file) and logs
 * how long it took; the embedded launcher's stop and its clean-up after a failed start both use it.
 */
public final class ServiceProcessStopper {

    private static final long GRACE_SECONDS = 20;

    private ServiceProcessStopper() {
    }

    public static void stop(ServiceProcess process, BuildLog log) {
        long started = System.nanoTime();
        if (ProcessStopper.stopIfOurs(process.pid(), process.argFile(), GRACE_SECONDS)) {
            log.info(String.format("stopped %s (pid %d) in %.1f s", process.name(), process.pid(),
                    (System.nanoTime() - started) / 1e9));
        } else {
            log.debug(process.name() + " (pid " + process.pid() + ") was not running");
        }
    }
}
