package io.github.batchlayer.cluster.lifecycle;

import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ProcessStopper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops a forked service JVM named in a cluster state (only while its PID still runs our argument file) and logs
 * how long it took; the embedded launcher's stop and its clean-up after a failed start both use it. A service whose
 * recorded PID is gone but which runs again from its own argument file (restarted by hand with the same command
 * line) is stopped under its new PID: the argument file, unique to one service of one work directory, says it is
 * ours.
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
            return;
        }
        List<ProcessHandle> restarted = ProcessStopper.running(process.argFile());
        if (restarted.isEmpty()) {
            log.debug(process.name() + " (pid " + process.pid() + ") was not running");
            return;
        }
        restarted.forEach(p -> ProcessStopper.stopTree(p, GRACE_SECONDS));
        log.info(String.format("stopped %s (pid %d, restarted since cluster-up as pid %s) in %.1f s", process.name(),
                process.pid(), restarted.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1e9));
    }
}
