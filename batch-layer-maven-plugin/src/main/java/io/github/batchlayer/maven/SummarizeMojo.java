package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the seed's two results from the committed raw data with Spark SQL: the exams with more than
 * {@code minAssessments} assessments, and {@code assessments_summary(exam_name, counts, question_id,
 * user_correct)}. The summary lands as parquet on HDFS; both tables also as CSV under target/batch-layer/.
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
     * A dotted field path to count per value over the committed raw rows and the quarantined messages, for
     * verify's reconciliation with the source (give verify the same {@code countBy}).
     */
    @Parameter(property = "batch-layer.countBy")
    private String countBy;

    /** The ingest's quarantine path on HDFS, read for {@code countBy}. */
    @Parameter(property = "batch-layer.quarantinePath", defaultValue = "/tmp/raw_assessments_quarantine")
    private String quarantinePath;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        List<String> args = new ArrayList<>(List.of(
                "--raw-path", JobPaths.onCluster(endpoints, rawPath),
                "--summary-path", JobPaths.onCluster(endpoints, summaryPath),
                "--top-exams-path", JobPaths.onCluster(endpoints, topExamsPath),
                "--min-assessments", Integer.toString(minAssessments),
                "--csv-dir", workDir.getAbsolutePath()));
        if (countBy != null && !countBy.isBlank()) {
            args.addAll(List.of("--count-by", countBy.trim(), "--quarantine-path",
                    JobPaths.onCluster(endpoints, quarantinePath)));
        }
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
        return new StepOutcome().summary(line)
                .figure("rawRows", result.path("rawRows").asLong())
                .figure("summaryRows", result.path("summaryRows").asLong())
                .figure("summaryTotal", result.path("summaryTotal").asLong());
    }
}
