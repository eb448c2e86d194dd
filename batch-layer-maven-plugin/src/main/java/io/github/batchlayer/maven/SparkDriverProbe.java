package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.DriverProbe;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.ProbeResult;
import io.github.batchlayer.log.BuildLog;

import java.time.Duration;

/**
 * The external launcher's {@link DriverProbe}: the Spark job's {@code probe} command in a forked driver, configured
 * as an ingest's (HADOOP_CONF_DIR, {@code -Dspark.*} and {@code -Dfs.*} user properties), so it proves the
 * configuration the ingest will use.
 */
final class SparkDriverProbe implements DriverProbe {

    private final SparkJobSpec driver;
    private final BuildLog log;

    SparkDriverProbe(SparkJobSpec driver, BuildLog log) {
        this.driver = driver;
        this.log = log;
    }

    @Override
    public ProbeResult run(String landingUri, int partitions, Duration timeout) {
        return new SparkJobRunner(driver.withTimeout(timeout), log).run(ProbeArgs.COMMAND.arguments()
                .with(ProbeArgs.PATH, landingUri).with(ProbeArgs.PARTITIONS, (long) partitions));
    }
}
