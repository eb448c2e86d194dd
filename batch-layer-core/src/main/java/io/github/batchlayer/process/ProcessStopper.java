package io.github.batchlayer.process;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops processes this project started, by PID. A PID read back from a state file may have been reused by the
 * system for something else, so {@link #stopIfOurs} only stops a process whose command line still carries our
 * service marker.
 */
public final class ProcessStopper {

    private ProcessStopper() {
    }

    /**
     * Stops the process with this PID if it is alive and its command line still names our argument file
     * ({@code java @/abs/path/NAME.args}, unique to one service of one build directory).
     *
     * @return true when a process was stopped
     */
    public static boolean stopIfOurs(long pid, String argFile, long graceSeconds) {
        return ours(pid, argFile).map(h -> {
            stopTree(h, graceSeconds);
            return true;
        }).orElse(false);
    }

    /** The live process with this PID if it still runs the JVM started with this argument file. */
    public static Optional<ProcessHandle> ours(long pid, String argFile) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> isOurs(h, argFile));
    }

    /** True when the PID is alive and still runs the JVM started with this argument file. */
    public static boolean isAlive(long pid, String argFile) {
        return ours(pid, argFile).isPresent();
    }

    /**
     * The live processes running the JVM of this argument file, whatever their PID: a service started again with
     * its own command line (a broker restarted by hand, as {@code java @file} from its directory) has a new one.
     */
    public static List<ProcessHandle> running(String argFile) {
        return ProcessHandle.allProcesses().filter(h -> h.isAlive() && isOurs(h, argFile)).toList();
    }

    static boolean isOurs(ProcessHandle handle, String argFile) {
        return handle.info().commandLine().map(cl -> cl.contains("@" + argFile)).orElse(false);
    }

    /**
     * Asks the process and its descendants to stop, then kills whatever is still alive after the grace time.
     *
     * @return true when the process ended within the grace time, as asked; false when it had to be killed
     */
    public static boolean stopTree(ProcessHandle root, long graceSeconds) {
        root.descendants().forEach(ProcessHandle::destroy);
        root.destroy();
        try {
            root.onExit().get(graceSeconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
            root.onExit().join();
        } catch (InterruptedException e) {
            root.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
