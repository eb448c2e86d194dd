package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints what has landed: the raw table's schema as Spark's {@code printSchema()} does, each committed batch
 * with its offsets, rows and files (as {@code hadoop fs -ls} lists them), the quarantine's counts per reason,
 * and each batch view's row count and landing time. Reads only.
 */
@Mojo(name = "describe", threadSafe = true)
public class DescribeMojo extends AbstractLandedTablesMojo {

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        JsonNode result = jobRunner(endpoints).run("describe", tableArgs(endpoints));
        result.path("report").asText().lines().forEach(getLog()::info);
        String line = String.format("describe: %d committed batches, %,d rows, %,d quarantined, %d views (%.1f s)",
                result.path("batches").size(), result.path("committedRows").asLong(),
                result.path("quarantine").path("rows").asLong(), result.path("views").size(),
                result.path("seconds").asDouble());
        getLog().info(line);
        return new StepOutcome().summary(line)
                .figure("committedBatches", result.path("batches").size())
                .figure("committedRows", result.path("committedRows").asLong());
    }
}
