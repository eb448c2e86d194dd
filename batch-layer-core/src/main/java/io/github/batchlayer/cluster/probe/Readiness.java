package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterTimeoutException;
import io.github.batchlayer.process.LogTail;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits until a service answers a real request (not merely an open port). Fails early when the service's
 * process dies, and on timeout, in both cases with the tail of its log.
 */
public final class Readiness {

    /** How long to wait between two probes of a service that did not answer yet. */
    static final Duration PAUSE = Duration.ofMillis(250);

    /** A probe attempt: returns normally when the service answered, throws with the reason otherwise. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    private Readiness() {
    }

    public static void await(String service, Duration timeout, BooleanSupplier processAlive, Probe probe,
                             Path logFile) {
        Wait wait = new Wait(service, timeout, probe, logFile, System.nanoTime());
        while (true) {
            if (!processAlive.getAsBoolean()) {
                throw wait.exited();
            }
            if (wait.attempt()) {
                return;
            }
            if (wait.overdue()) {
                throw wait.timedOut();
            }
            pause(service);
        }
    }

    static void pause(String service) {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for " + service, e);
        }
    }

    /**
     * One service's wait, probed by its caller: so several services can be awaited in one loop, each with its
     * own last failure, all against one deadline.
     */
    static final class Wait {
        private final String service;
        private final Duration timeout;
        private final Probe probe;
        private final Path logFile;
        private final long deadline;
        private volatile Exception lastFailure;  // written by the probing thread, read for progress lines

        Wait(String service, Duration timeout, Probe probe, Path logFile, long startedNanos) {
            this.service = service;
            this.timeout = timeout;
            this.probe = probe;
            this.logFile = logFile;
            this.deadline = startedNanos + timeout.toNanos();
        }

        /** One probe: true when the service answered. */
        boolean attempt() {
            try {
                probe.check();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for " + service, e);
            } catch (Exception e) {
                lastFailure = e;
                return false;
            }
        }

        String service() {
            return service;
        }

        boolean overdue() {
            return System.nanoTime() > deadline;
        }

        /** Why the last probe failed, in a few words, for a progress line. */
        String waitingFor() {
            return lastFailure == null ? "no answer yet" : briefly(lastFailure);
        }

        ClusterException exited() {
            return new ClusterException(service + " exited before it was ready; last lines of " + logFile
                    + ":\n" + LogTail.of(logFile, 40));
        }

        ClusterTimeoutException timedOut() {
            String last = lastFailure == null ? "no answer yet"
                    : lastFailure.getClass().getSimpleName() + ": " + lastFailure.getMessage()
                    + (lastFailure.getCause() == null ? "" : " (" + lastFailure.getCause().getMessage() + ")");
            return new ClusterTimeoutException(service + " did not answer within " + timeout.toSeconds() + " s ("
                    + last + "); last lines of " + logFile + ":\n" + LogTail.of(logFile, 40));
        }
    }

    /**
     * A probe's failure as a person waiting wants it: a refused connection or a request that timed out mean the
     * service is still starting; anything else is the probe's own message (first line, cut at 100 characters).
     */
    static String briefly(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "not listening yet";
            }
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return "no answer yet";
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String firstLine = message.lines().findFirst().orElse("").strip();
        return firstLine.length() <= 100 ? firstLine : firstLine.substring(0, 97) + "...";
    }
}
