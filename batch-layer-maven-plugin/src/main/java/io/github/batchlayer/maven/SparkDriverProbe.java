package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.DriverProbe;
import io.github.batchlayer.job.SparkJobRunner;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.log.BuildLog;

import java.time.Duration;
import java.util.List;

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
    public Report run(String landingUri, int partitions, Duration timeout) {
        JsonNode result = new SparkJobRunner(driver.withTimeout(timeout), log)
                .run("probe", List.of("--path", landingUri, "--partitions", Integer.toString(partitions)));
        return new Report(result.hasNonNull("failedStep") ? result.get("failedStep").asText() : null,
                result.hasNonNull("error") ? result.get("error").asText() : null, result.path("master").asText(),
                result.path("executors").asInt(), result.path("sparkVersion").asText(),
                result.path("seconds").asDouble());
    }
}
