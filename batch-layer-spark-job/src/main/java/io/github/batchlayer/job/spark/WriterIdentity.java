package io.github.batchlayer.job.spark;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who an ingest is, as its lease names it: the host, the driver's PID and the instant that process started
 * (PIDs are reused, so the pair is what identifies a process), and the directory the driver runs in (the build's
 * work directory). The host key adds the PID namespace on Linux: a driver in a container with host networking has
 * the host's name but not its PIDs, and must never be judged dead by a PID it does not own.
 */
public record WriterIdentity(String host, String hostKey, long pid, String pidStartedAt, String directory) {

    public static WriterIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        return new WriterIdentity(hostName(), currentHostKey(), self.pid(), startOf(self).map(Instant::toString).orElse(null),
                System.getProperty("user.dir"));
    }

    /**
     * True only when this identity names a process on this host (same PID namespace) that is no longer running:
     * its PID is gone or belongs to a process started at another instant. A process elsewhere is never provably
     * gone; its lease expires instead.
     */
    public boolean provablyGone() {
        if (!onThisHost()) {
            return false;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return true;
        }
        Optional<String> started = startOf(handle.get()).map(Instant::toString);
        return pidStartedAt != null && started.isPresent() && !started.get().equals(pidStartedAt);
    }

    /** Same host and PID namespace as this process: its PID can be checked from here. */
    public boolean onThisHost() {
        return currentHostKey().equals(hostKey);
    }

    /** For messages: {@code pid 123 on host h (started 2026-…), build dir /x}. */
    public String describe() {
        return "pid " + pid + " on host " + host + (pidStartedAt == null ? "" : " (process started " + pidStartedAt
                + ")") + ", build dir " + directory;
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    static String currentHostKey() {
        String key = hostName();
        Path pidNamespace = Path.of("/proc/self/ns/pid");
        try {
            if (Files.isSymbolicLink(pidNamespace)) {
                key += "/" + Files.readSymbolicLink(pidNamespace);
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // no namespace to tell: the host name alone
        }
        return key;
    }
}
