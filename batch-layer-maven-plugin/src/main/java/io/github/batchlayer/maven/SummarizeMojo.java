package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;
import io.github.batchlayer.job.contract.ViewResult;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Runs the batch views (SQL files of {@code viewsDirectory}, or the preset's: the seed's exams with more than
 * {@code minAssessments} assessments and {@code assessments_summary(exam_name, question_id, user_correct,
 * counts)}) over the committed raw data with Spark SQL. Each view lands as parquet on HDFS and as CSV under
 * target/batch-layer/views/; a failing view replaces none of an earlier run's results.
 */
@Mojo(name = "summarize", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class SummarizeMojo extends AbstractSparkJobMojo {

    /** Summary parquet path on HDFS. */
    @Parameter(property = PropertyNames.SUMMARY_PATH, defaultValue = Defaults.SUMMARY_PATH)
    private String summaryPath;

    /** Top-exams parquet path on HDFS. */
    @Parameter(property = PropertyNames.TOP_EXAMS_PATH, defaultValue = Defaults.TOP_EXAMS_PATH)
    private String topExamsPath;

    /** An exam is a top exam with more than this many assessments (the seed's 100). */
    @Parameter(property = PropertyNames.MIN_ASSESSMENTS, defaultValue = Defaults.MIN_ASSESSMENTS)
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
    @Parameter(property = PropertyNames.VIEWS_PATH, defaultValue = Defaults.VIEWS_PATH)
    private String viewsPath;

    /**
     * A dotted field path to count per value over the committed raw rows and the quarantined messages, for
     * verify's reconciliation with the source (give verify the same {@code countBy}).
     */
    @Parameter(property = PropertyNames.COUNT_BY)
    private String countBy;

    /** The ingest's quarantine path on HDFS, read for {@code countBy}. */
    @Parameter(property = PropertyNames.QUARANTINE_PATH, defaultValue = Defaults.QUARANTINE_PATH)
    private String quarantinePath;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        SummarizeResult result = jobRunner(endpoints).run(jobArguments(endpoints));
        String line = result.distinctExams() == null || result.summaryRows() == null
                ? String.format("summarize: %,d raw rows, %d views (%.1f s)", result.rawRows(), result.views().size(),
                        result.seconds())
                : String.format("summarize: %,d raw rows, %d exams, %d top exams, %,d summary rows over %,d "
                        + "(assessment, question) pairs (%.1f s)", result.rawRows(), result.distinctExams(),
                result.topExams().size(), result.summaryRows(), result.summaryTotal(), result.seconds());
        getLog().info(line);
        for (TopExam exam : result.topExams()) {
            getLog().info(String.format("  %5d  %s", exam.total(), exam.examName()));
        }
        for (ViewResult view : result.views()) {
            getLog().info(String.format("  view %s: %,d rows -> %s (%s)", view.name(), view.rows(), view.csvPath(),
                    view.sqlFile()));
        }
        return new StepOutcome(line, result);
    }

    /** The job's command line, through the options the job parses it with. */
    JobArguments<SummarizeResult> jobArguments(ClusterEndpoints endpoints) throws MojoExecutionException {
        return SummarizeArgs.COMMAND.arguments()
                .with(SummarizeArgs.RAW_PATH, JobPaths.onCluster(endpoints, rawPath))
                .with(SummarizeArgs.SUMMARY_PATH, JobPaths.onCluster(endpoints, summaryPath))
                .with(SummarizeArgs.TOP_EXAMS_PATH, JobPaths.onCluster(endpoints, topExamsPath))
                .with(SummarizeArgs.MIN_ASSESSMENTS, (long) minAssessments)
                .with(SummarizeArgs.CSV_DIR, workDir.getAbsolutePath())
                .with(SummarizeArgs.VIEWS_PATH, JobPaths.onCluster(endpoints, viewsPath))
                .with(SummarizeArgs.VIEWS_DIR, consumerViews())
                .with(SummarizeArgs.COUNT_BY, countByPath())
                .with(SummarizeArgs.QUARANTINE_PATH, countByPath() == null ? null
                        : JobPaths.onCluster(endpoints, quarantinePath));
    }

    private String countByPath() {
        return countBy == null || countBy.isBlank() ? null : countBy.trim();
    }

    /** The consumer's views directory when it has one; without it the job runs the preset's. */
    private String consumerViews() {
        if (viewsDirectory.isDirectory()) {
            return viewsDirectory.getAbsolutePath();
        }
        getLog().info("summarize: no views directory " + viewsDirectory + ": the assessments preset's views run");
        return null;
    }
}
