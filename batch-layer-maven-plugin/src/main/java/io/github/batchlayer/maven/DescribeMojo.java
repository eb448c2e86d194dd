package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.DescribeArgs;
import io.github.batchlayer.job.contract.DescribeResult;

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
        DescribeResult result = jobRunner(endpoints).run(withTables(DescribeArgs.COMMAND.arguments(),
                DescribeArgs.TABLES, endpoints));
        result.report().lines().forEach(getLog()::info);
        String line = String.format("describe: %d committed batches, %,d rows, %,d quarantined, %d views (%.1f s)",
                result.batches().size(), result.committedRows(), result.quarantine().rows(), result.views().size(),
                result.seconds());
        getLog().info(line);
        return new StepOutcome(line, result);
    }
}
