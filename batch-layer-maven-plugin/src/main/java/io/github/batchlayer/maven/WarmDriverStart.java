package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.job.WarmDriver;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.OwnerWatchdog;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.util.concurrent.CompletableFuture;

/**
 * {@code cluster-up}'s warm driver from launch (before the services start) to its first settings (once their
 * endpoints are known). It never fails cluster-up: without it the Spark goals fork drivers of their own, as with
 * {@code warmDriver=false}.
 */
final class WarmDriverStart {

    /** The driver's spec for the cluster's endpoints (none yet at launch: the JVM needs none of them). */
    interface SpecFor {
        SparkJobSpec of(ClusterEndpoints endpoints) throws MojoExecutionException;
    }

    private final SpecFor spec;
    private final OwnerWatchdog owner;
    private final BuildLog buildLog;
    private final Log log;
    private WarmDriver.Starting starting;
    private CompletableFuture<Void> early;

    WarmDriverStart(SpecFor spec, OwnerWatchdog owner, BuildLog buildLog, Log log) {
        this.spec = spec;
        this.owner = owner;
        this.buildLog = buildLog;
        this.log = log;
    }

    /**
     * @param known the endpoints known before the services start (the embedded cluster's {@code local[*]}
     *              master): the SparkSession then starts at once, while they boot; none, and it waits for them
     */
    void launch(ClusterEndpoints known) throws MojoExecutionException {
        try {
            starting = WarmDriver.launch(spec.of(new ClusterEndpoints(null, null, null, null)), owner, buildLog);
            if (known.sparkMaster() != null) {
                SparkJobSpec early = spec.of(known);
                WarmDriver.Starting driver = starting;
                this.early = CompletableFuture.runAsync(() -> driver.early(early));
            }
        } catch (RuntimeException e) {
            log.warn("no warm Spark driver (each Spark goal forks its own): " + e.getMessage());
        }
    }

    void init(ClusterEndpoints endpoints) throws MojoExecutionException {
        if (starting == null) {
            return;
        }
        try {
            if (early != null) {
                early.join();
            }
            starting.init(spec.of(endpoints));
        } catch (RuntimeException e) {
            log.warn("no warm Spark driver (each Spark goal forks its own): " + e.getMessage());
            abandon();
        }
    }

    void abandon() {
        if (starting != null) {
            starting.abandon();
            starting = null;
        }
    }
}
