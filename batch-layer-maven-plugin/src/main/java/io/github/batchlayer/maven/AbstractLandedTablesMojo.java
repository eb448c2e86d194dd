package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.LandedTableArgs;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parameters of the goals that read what has landed (query, describe): where raw, the quarantine and the batch
 * views are. They read only: nothing on HDFS changes.
 */
public abstract class AbstractLandedTablesMojo extends AbstractSparkJobMojo {

    /** Today's only record schema is the assessments preset: its raw table is also the seed's {@code assessments}. */
    static final String PRESET_RAW_ALIAS = "assessments";

    /** Quarantine path of the messages that did not parse (the table {@code quarantine}). */
    @Parameter(property = PropertyNames.QUARANTINE_PATH, defaultValue = Defaults.QUARANTINE_PATH)
    private String quarantinePath;

    /** Where batch views land, one directory per view: each that exists is a table of its directory's name. */
    @Parameter(property = PropertyNames.VIEWS_PATH, defaultValue = Defaults.VIEWS_PATH)
    private String viewsPath;

    /** Summary parquet path on HDFS (the table {@code summary}, once summarize has run). */
    @Parameter(property = PropertyNames.SUMMARY_PATH, defaultValue = Defaults.SUMMARY_PATH)
    private String summaryPath;

    /** Top-exams parquet path on HDFS (the table {@code top_exams}, once summarize has run). */
    @Parameter(property = PropertyNames.TOP_EXAMS_PATH, defaultValue = Defaults.TOP_EXAMS_PATH)
    private String topExamsPath;

    /** {@code args} with the options that say where each table is. */
    protected <R> JobArguments<R> withTables(JobArguments<R> args, LandedTableArgs tables, ClusterEndpoints endpoints)
            throws MojoExecutionException {
        return args.with(tables.rawPath(), JobPaths.onCluster(endpoints, rawPath))
                .with(tables.quarantinePath(), JobPaths.onCluster(endpoints, quarantinePath))
                .with(tables.viewsPath(), JobPaths.onCluster(endpoints, viewsPath))
                .with(tables.viewPaths(), JobPaths.onCluster(endpoints, summaryPath) + ","
                        + JobPaths.onCluster(endpoints, topExamsPath))
                .with(tables.rawAlias(), PRESET_RAW_ALIAS);
    }
}
