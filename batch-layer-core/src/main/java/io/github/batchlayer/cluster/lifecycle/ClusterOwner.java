package io.github.batchlayer.cluster.lifecycle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The Maven process that owns a work directory's cluster, as {@code owner.json} records it. PIDs are reused, so a
 * process is recognised by its PID together with the instant it started.
 *
 * @param pid       the owning Maven's PID
 * @param startedAt when that process started ({@link ProcessHandle.Info#startInstant()}), null if the OS won't say
 * @param host      where it runs (a work directory on a shared disk may be seen from another host)
 * @param kept      the cluster outlives its owner (a {@code cluster-up} typed on the command line, or keepRunning)
 * @param since     when the claim was made
 */
public record ClusterOwner(long pid, String startedAt, String host, boolean kept, String since) {

    public static ClusterOwner current(boolean kept) {
        ProcessHandle self = ProcessHandle.current();
        return new ClusterOwner(self.pid(), startOf(self), hostName(), kept, Instant.now().toString());
    }

    /** This JVM: the same PID that started at the same instant, on this host. */
    public boolean sameProcessAsThis() {
        ClusterOwner me = current(kept);
        return pid == me.pid() && java.util.Objects.equals(startedAt, me.startedAt()) && host.equals(me.host());
    }

    /**
     * Whether the owning process still runs: its PID is alive and started when the claim says. A claim from
     * another host cannot be checked and counts as alive.
     */
    public boolean stillRunning() {
        if (!host.equals(hostName())) {
            return true;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        String started = startOf(handle.get());
        return startedAt == null || started == null || startedAt.equals(started);
    }

    /** For messages: {@code pid 123 (started 2026-…) on host h, since 2026-…}. */
    public String describe() {
        return "pid " + pid + (startedAt == null ? "" : " (process started " + startedAt + ")") + " on host " + host
                + ", owner since " + since;
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse(null);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
