package io.github.batchlayer.cluster;

import io.github.batchlayer.job.contract.ProbeResult;

import java.time.Duration;

/**
 * The part of an external cluster's check that needs Hadoop's and Spark's clients, which Maven's JVM does not
 * have: a probe file written, read and deleted under the landing path, then a trivial job on the master. The
 * plugin implements it by running the Spark job's {@code probe} command in a forked driver; the external launcher
 * turns its result (the job's typed {@link ProbeResult}) into a message that names the endpoint.
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
    ProbeResult run(String landingUri, int partitions, Duration timeout);
}
