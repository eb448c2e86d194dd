package io.github.batchlayer.cluster;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ProcessStopper;

/** Stopping forked service JVMs named in a cluster state, shared by the launchers that fork them. */
public final class ProcessLauncherSupport {

    private static final long GRACE_SECONDS = 20;

    private ProcessLauncherSupport() {
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
