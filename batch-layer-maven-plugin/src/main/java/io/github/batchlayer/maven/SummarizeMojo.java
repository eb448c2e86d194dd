package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;


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
    @Parameter(property = PropertyNames.MIN_ASSESSMENTS, defaultValue = Defaults.MIN_ASSESSMENTS)
    private int minAssessments;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        SummarizeResult result = jobRunner(endpoints).run(jobArguments(endpoints));
        String line = String.format("summarize: %,d raw rows, %d exams, %d top exams, %,d summary rows over %,d "
                        + "(assessment, question) pairs (%.1f s)", result.rawRows(), result.distinctExams(),
                result.topExams().size(), result.summaryRows(), result.summaryTotal(), result.seconds());
        getLog().info(line);
        for (TopExam exam : result.topExams()) {
            getLog().info(String.format("  %5d  %s", exam.total(), exam.examName()));
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
                .with(SummarizeArgs.CSV_DIR, workDir.getAbsolutePath());
    }
}
