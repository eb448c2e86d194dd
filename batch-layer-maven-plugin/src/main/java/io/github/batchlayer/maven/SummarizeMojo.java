package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the batch views (SQL files of {@code viewsDirectory}, or the preset's: the seed's exams with more than
 * {@code minAssessments} assessments and {@code assessments_summary(exam_name, question_id, user_correct,
 * counts)}) over the committed raw data with Spark SQL. Each view lands as parquet on HDFS and as CSV under
 * target/batch-layer/views/; a failing view replaces none of an earlier run's results.
 */
@Mojo(name = "summarize", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class SummarizeMojo extends AbstractSparkJobMojo {

    /** Summary parquet path on HDFS. */
    @Parameter(property = "batch-layer.summaryPath", defaultValue = "/tmp/summary")
    private String summaryPath;

    /** Top-exams parquet path on HDFS. */
    @Parameter(property = "batch-layer.topExamsPath", defaultValue = "/tmp/top_exams")
    private String topExamsPath;

    /** An exam is a top exam with more than this many assessments (the seed's 100). */
    @Parameter(property = "batch-layer.minAssessments", defaultValue = "100")
    private int minAssessments;

    /**
     * Batch views: every {@code *.sql} file of this directory, run in file-name order, each one SELECT over
     * {@code raw} (the committed rows with {@code kafka_partition}, {@code kafka_offset}, {@code kafka_timestamp},
     * {@code batch}) and over the views before it, registered under the file's base name without a leading order
     * prefix ({@code 01_daily_totals.sql} is the view {@code daily_totals}); {@code :min_assessments} is
     * {@code minAssessments}. Each lands as parquet under {@code viewsPath/<name>} and as
     * {@code target/batch-layer/views/<name>.csv}. When the directory does not exist, the preset's two views (the
     * seed's top exams and assessments_summary) run.
     */
    @Parameter(property = "batch-layer.viewsDirectory", defaultValue = "${project.basedir}/src/batch-layer/views")
    private File viewsDirectory;

    /** Where the views land on HDFS, one directory per view ({@code <viewsPath>/<name>}). */
    @Parameter(property = "batch-layer.viewsPath", defaultValue = "/tmp/batch_views")
    private String viewsPath;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        List<String> args = new ArrayList<>(List.of(
                "--raw-path", JobPaths.onCluster(endpoints, rawPath),
                "--summary-path", JobPaths.onCluster(endpoints, summaryPath),
                "--top-exams-path", JobPaths.onCluster(endpoints, topExamsPath),
                "--min-assessments", Integer.toString(minAssessments),
                "--csv-dir", workDir.getAbsolutePath()));
        args.addAll(viewArgs(endpoints));
        JsonNode result = jobRunner(endpoints).run("summarize", args);
        String line = String.format("summarize: %,d raw rows, %d exams, %d top exams, %,d summary rows over %,d "
                        + "(assessment, question) pairs (%.1f s)", result.path("rawRows").asLong(),
                result.path("distinctExams").asLong(), result.path("topExams").size(),
                result.path("summaryRows").asLong(), result.path("summaryTotal").asLong(),
                result.path("seconds").asDouble());
        getLog().info(line);
        for (JsonNode exam : result.path("topExams")) {
            getLog().info(String.format("  %5d  %s", exam.path("total").asLong(), exam.path("exam_name").asText()));
        }
        for (JsonNode view : result.path("views")) {
            getLog().info(String.format("  view %s: %,d rows -> %s (%s)", view.path("name").asText(),
                    view.path("rows").asLong(), view.path("csvPath").asText(), view.path("sqlFile").asText()));
        }
        return new StepOutcome().summary(line)
                .figure("views", result.path("views").size())
                .figure("rawRows", result.path("rawRows").asLong())
                .figure("summaryRows", result.path("summaryRows").asLong())
                .figure("summaryTotal", result.path("summaryTotal").asLong());
    }

    /** The consumer's views directory when it has one (else the job runs the preset's), and the HDFS path. */
    private List<String> viewArgs(ClusterEndpoints endpoints) throws MojoExecutionException {
        List<String> args = new ArrayList<>(List.of("--views-path", JobPaths.onCluster(endpoints, viewsPath)));
        if (viewsDirectory.isDirectory()) {
            args.addAll(List.of("--views-dir", viewsDirectory.getAbsolutePath()));
        } else {
            getLog().info("summarize: no views directory " + viewsDirectory + ": the assessments preset's views run");
        }
        return args;
    }
}
