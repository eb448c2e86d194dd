package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommands;
import io.github.batchlayer.job.contract.OnTopicChange;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.spark.SummarizeOptions;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Map;

/** The command line a mojo builds with its parameters' defaults is what the job parses back, option by option. */
@MojoTest
class JobCommandLineTest {
    private static final ClusterEndpoints CLUSTER = new ClusterEndpoints("127.0.0.1:9092", "hdfs://127.0.0.1:8020",
            null, "local[*]", null);

    /** What the driver is given: the mojo's arguments, plus the result file the runner adds. */
    private static JobArguments<?> parsedByTheJob(JobArguments<?> built) {
        String[] line = built.with(built.command().resultFile, "/w/results/x.json").toCommandLine()
                .toArray(String[]::new);
        return JobCommands.parse(line);
    }

    @Test
    @InjectMojo(goal = "ingest")
    void ingestDefaults(IngestMojo mojo) throws Exception {
        // option by option: IngestOptions.from would also parse the schema, with Spark's parser (not on this classpath)
        JobArguments<?> read = parsedByTheJob(mojo.jobArguments(CLUSTER));
        assertEquals("127.0.0.1:9092", read.get(IngestArgs.BOOTSTRAP_SERVERS));
        assertEquals("video-books-assessments", read.get(IngestArgs.TOPIC));
        assertEquals("hdfs://127.0.0.1:8020/tmp/raw_assessments", read.get(IngestArgs.RAW_PATH));
        assertEquals("hdfs://127.0.0.1:8020/tmp/raw_assessments_quarantine", read.get(IngestArgs.QUARANTINE_PATH));
        assertEquals(null, read.get(IngestArgs.STARTING_OFFSETS));
        assertEquals(null, read.get(IngestArgs.ENDING_OFFSETS));
        assertEquals(IngestArgs.MAX_PARTITION_FETCH_BYTES.defaultValue(), read.get(IngestArgs.MAX_PARTITION_FETCH_BYTES));
        assertEquals(true, read.get(IngestArgs.FAIL_ON_DATA_LOSS));
        assertEquals(IngestArgs.ROWS_PER_FILE.defaultValue(), read.get(IngestArgs.ROWS_PER_FILE));
        assertEquals(Map.of(), read.passThrough());
        assertEquals(null, read.get(IngestArgs.SCHEMA_FILE), "no schema parameter: the preset");
        assertEquals("drop", read.get(IngestArgs.UNKNOWN_FIELDS));
        assertEquals("fail", read.get(IngestArgs.ON_TOPIC_CHANGE).toString());
    }

    @Test
    @InjectMojo(goal = "ingest")
    @MojoParameter(name = "startingOffsets", value = "{\"video-books-assessments\":{\"0\":3279}}")
    @MojoParameter(name = "endingOffsets", value = " ")
    @MojoParameter(name = "rowsPerFile", value = "1000")
    @MojoParameter(name = "onTopicChange", value = "restart-from-earliest")
    void ingestWithOffsets(IngestMojo mojo) throws Exception {
        JobArguments<?> read = parsedByTheJob(mojo.jobArguments(CLUSTER));
        assertEquals("{\"video-books-assessments\":{\"0\":3279}}", read.get(IngestArgs.STARTING_OFFSETS));
        assertEquals(null, read.get(IngestArgs.ENDING_OFFSETS), "a blank parameter is no option");
        assertEquals(1000L, read.get(IngestArgs.ROWS_PER_FILE));
        assertEquals(OnTopicChange.RESTART_FROM_EARLIEST, read.get(IngestArgs.ON_TOPIC_CHANGE));
    }

    @Test
    @InjectMojo(goal = "ingest")
    @MojoParameter(name = "onTopicChange", value = "ignore")
    void anUnknownOnTopicChangeIsRefusedBeforeADriverStarts(IngestMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo.jobArguments(CLUSTER));
        assertEquals("onTopicChange (-Dbatch-layer.onTopicChange): --on-topic-change must be one of "
                + "fail|restart-from-earliest, got ignore", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "summarize")
    void summarizeDefaults(SummarizeMojo mojo) throws Exception {
        mojo.workDir = new File("/w/target/batch-layer");
        SummarizeOptions read = SummarizeOptions.from(parsedByTheJob(mojo.jobArguments(CLUSTER)));
        assertEquals(new SummarizeOptions("hdfs://127.0.0.1:8020/tmp/raw_assessments",
                "hdfs://127.0.0.1:8020/tmp/summary", SummarizeArgs.MIN_ASSESSMENTS.defaultValue(),
                new File("/w/target/batch-layer").getAbsolutePath(), "hdfs://127.0.0.1:8020/tmp/top_exams", null,
                "hdfs://127.0.0.1:8020/tmp/batch_views"), read);
    }

    @Test
    @InjectMojo(goal = "summarize")
    @MojoParameter(name = "countBy", value = " sequences.counts.total ")
    void summarizeCountingByAFieldReadsTheQuarantineToo(SummarizeMojo mojo) throws Exception {
        mojo.workDir = new File("/w/target/batch-layer");
        SummarizeOptions read = SummarizeOptions.from(parsedByTheJob(mojo.jobArguments(CLUSTER)));
        assertEquals("sequences.counts.total", read.countBy());
        assertEquals("hdfs://127.0.0.1:8020/tmp/raw_assessments_quarantine", read.quarantinePath());
    }
}
