package io.github.batchlayer.cluster;

import java.time.Duration;

/**
 * The part of an external cluster's check that needs Hadoop's and Spark's clients, which Maven's JVM does not
 * have: a probe file written, read and deleted under the landing path, then a trivial job on the master. The
 * plugin implements it by running the Spark job's {@code probe} command in a forked driver; the external launcher
 * turns its report into a message that names the endpoint.
 */
@FunctionalInterface
public interface DriverProbe {

    /**
     * Runs the probe; throws when the driver produced no report (it could not start, or hung waiting for
     * executors until the timeout).
     *
     * @param landingUri full URI of the directory the probe file goes under
     * @param partitions tasks of the trivial job
     */
    Report run(String landingUri, int partitions, Duration timeout);

    /**
     * What the probe found.
     *
     * @param failedStep   {@code filesystem} or {@code spark} when that step failed, else null
     * @param error        the failure, or null
     * @param master       the master the driver ran on
     * @param executors    executors that ran the trivial job
     * @param sparkVersion the driver's Spark version
     * @param seconds      how long the probe took
     */
    record Report(String failedStep, String error, String master, int executors, String sparkVersion,
                  double seconds) {
    }
}
