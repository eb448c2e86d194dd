package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until a service answers a real request (not merely an open port). Fails early when the service's
 * process dies, and on timeout, in both cases with the tail of its log.
 */
public final class Readiness {

    /** A probe attempt: returns normally when the service answered, throws with the reason otherwise. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    private Readiness() {
    }

    public static void await(String service, Duration timeout, BooleanSupplier processAlive, Probe probe,
                             Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastFailure = "no answer yet";
        while (true) {
            if (!processAlive.getAsBoolean()) {
                throw new ClusterException(service + " exited before it was ready; last lines of " + logFile
                        + ":\n" + LogTail.of(logFile, 40));
            }
            try {
                probe.check();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for " + service, e);
            } catch (Exception e) {
                lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new ClusterException(service + " did not answer within " + timeout.toSeconds() + " s ("
                        + lastFailure + "); last lines of " + logFile + ":\n" + LogTail.of(logFile, 40));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for " + service, e);
            }
        }
    }
}
