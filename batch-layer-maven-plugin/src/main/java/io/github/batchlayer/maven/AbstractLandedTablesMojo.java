package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of the goals that read what has landed (query, describe): where raw, the quarantine and the batch
 * views are. They read only: nothing on HDFS changes.
 */
public abstract class AbstractLandedTablesMojo extends AbstractSparkJobMojo {

    /** Today's only record schema is the assessments preset: its raw table is also the seed's {@code assessments}. */
    static final String PRESET_RAW_ALIAS = "assessments";

    /** Quarantine path of the messages that did not parse (the table {@code quarantine}). */
    @Parameter(property = "batch-layer.quarantinePath", defaultValue = "/tmp/raw_assessments_quarantine")
    private String quarantinePath;

    /** Where batch views land, one directory per view: each that exists is a table of its directory's name. */
    @Parameter(property = "batch-layer.viewsPath", defaultValue = "/tmp/views")
    private String viewsPath;

    /** Summary parquet path on HDFS (the table {@code summary}, once summarize has run). */
    @Parameter(property = "batch-layer.summaryPath", defaultValue = "/tmp/summary")
    private String summaryPath;

    /** Top-exams parquet path on HDFS (the table {@code top_exams}, once summarize has run). */
    @Parameter(property = "batch-layer.topExamsPath", defaultValue = "/tmp/top_exams")
    private String topExamsPath;

    /** The job's options that say where each table is. */
    protected List<String> tableArgs(ClusterEndpoints endpoints) throws MojoExecutionException {
        List<String> args = new ArrayList<>(List.of(
                "--raw-path", JobPaths.onCluster(endpoints, rawPath),
                "--quarantine-path", JobPaths.onCluster(endpoints, quarantinePath),
                "--views-path", JobPaths.onCluster(endpoints, viewsPath),
                "--view-paths", JobPaths.onCluster(endpoints, summaryPath) + ","
                        + JobPaths.onCluster(endpoints, topExamsPath),
                "--raw-alias", PRESET_RAW_ALIAS));
        return args;
    }
}
