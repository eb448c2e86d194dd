package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.OnTopicChange;
import io.github.batchlayer.job.contract.UsageException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Lands the topic's new messages as raw parquet on HDFS with the Spark job: a batch read between explicit
 * offsets (from the last committed batch's end, or earliest, to the end offsets at start), parsed with the
 * explicit nested schema; bad messages go to quarantine with their offset and reason. Exactly once: the
 * offsets landed are committed in a manifest next to the data, written last.
 */
@Mojo(name = "ingest", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class IngestMojo extends AbstractSparkJobMojo {

    /** Quarantine path for messages that do not parse. */
    @Parameter(property = PropertyNames.QUARANTINE_PATH, defaultValue = Defaults.QUARANTINE_PATH)
    private String quarantinePath;

    /** Explicit starting offsets in the seed's JSON form, e.g. {"video-books-assessments":{"0":3279}}. */
    @Parameter(property = "batch-layer.startingOffsets")
    private String startingOffsets;

    /** Explicit ending offsets (exclusive) in the same JSON form. Default: the end offsets at start. */
    @Parameter(property = "batch-layer.endingOffsets")
    private String endingOffsets;

    /** kafka.max.partition.fetch.bytes: must hold the topic's largest message (the seed's 5 MiB). */
    @Parameter(property = "batch-layer.maxPartitionFetchBytes", defaultValue = Defaults.MAX_MESSAGE_BYTES)
    private int maxPartitionFetchBytes;

    /**
     * About how many rows go in one parquet file of a batch (the job's default 200 000). Lower it on a cluster so
     * a big batch is written by as many tasks as there are files, in parallel on the executors.
     */
    @Parameter(property = "batch-layer.rowsPerFile")
    private Long rowsPerFile;

    /**
     * The record schema as a Spark DDL string, e.g. {@code device STRUCT<id: STRING>, ts BIGINT}. Without it and
     * without {@code schemaFile}, the built-in {@code assessments} preset (the seed's schema) applies. Ingest never
     * infers a schema at run time: see the {@code infer-schema} goal to pin one.
     */
    @Parameter(property = "batch-layer.schema")
    private String schema;

    /** A file holding the record schema: Spark DDL text, or Spark's JSON schema form ({@code StructType.json()}). */
    @Parameter(property = "batch-layer.schemaFile")
    private File schemaFile;

    /**
     * Comma separated fields (dotted for nested structs, e.g. {@code device.id}) without which a message is
     * quarantined as {@code missing_<field>} (null, or a blank string). Default: {@code keen_id,exam_name} for
     * the preset, none for a schema of your own.
     */
    @Parameter(property = "batch-layer.requiredFields")
    private String requiredFields;

    /**
     * What happens to a top-level field the schema does not name: {@code drop} (dropped from the landed row and
     * counted per name in the ingest result and the log) or {@code quarantine} (the message is quarantined as
     * {@code unknown_field}).
     */
    @Parameter(property = "batch-layer.unknownFields", defaultValue = "drop")
    private String unknownFields;

    /**
     * What ingest does when the topic is not the one its committed batches read (deleted and created again, another
     * cluster, or offsets below the committed ones): {@code fail} (default: stop and say what changed) or
     * {@code restart-from-earliest} (land the topic as it is now from its earliest offsets into the same raw path;
     * the committed batches stay).
     */
    @Parameter(property = "batch-layer.onTopicChange", defaultValue = "fail")
    private String onTopicChange;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        // all client properties go through an owner-only file: they may hold a JAAS config or a truststore password
        IngestResult result = jobRunner(endpoints).run(jobArguments(endpoints), kafkaClientProperties());
        for (String removed : result.removedUncommitted()) {
            getLog().warn("removed " + removed + ": an earlier run wrote it but never committed it");
        }
        String line = String.format("ingest: batch %s offsets %s landed %,d rows, quarantined %,d; committed in all "
                + "%,d rows in %d batches (%.1f s)", result.batchId() == null ? "-" : result.batchId(),
                result.offsetsText(), result.rowsLanded(), result.quarantined(), result.committedRows(),
                result.committedBatches(), result.seconds());
        getLog().info(line);
        if (!result.unknownFields().isEmpty()) {
            getLog().warn("fields the schema does not name were dropped (messages per field): "
                    + result.unknownFieldsText() + "; add them to the schema to keep them");
        }
        if (result.topicRestart()) {
            getLog().warn("ingest: " + result.topic() + " is not the topic the committed batches read (now topic id "
                    + result.topicId() + ", cluster id " + result.clusterId() + "); onTopicChange=" + onTopicChange
                    + ": read anew from its earliest offsets into " + rawPath + ", the committed batches stay");
        }
        if (result.quarantined() > 0) {
            getLog().warn(String.format("%,d message(s) quarantined in %s: %s", result.quarantined(), quarantinePath,
                    result.quarantineReasonsText()));
        }
        return new StepOutcome(line, result);
    }

    /** The job's command line, through the options the job parses it with. */
    JobArguments<IngestResult> jobArguments(ClusterEndpoints endpoints) throws MojoExecutionException {
        JobArguments<IngestResult> args = IngestArgs.COMMAND.arguments()
                .with(IngestArgs.BOOTSTRAP_SERVERS, endpoints.kafkaBootstrapServers())
                .with(IngestArgs.TOPIC, topic)
                .with(IngestArgs.RAW_PATH, JobPaths.onCluster(endpoints, rawPath))
                .with(IngestArgs.QUARANTINE_PATH, JobPaths.onCluster(endpoints, quarantinePath))
                .with(IngestArgs.MAX_PARTITION_FETCH_BYTES, (long) maxPartitionFetchBytes)
                .with(IngestArgs.STARTING_OFFSETS, blankToNull(startingOffsets))
                .with(IngestArgs.ENDING_OFFSETS, blankToNull(endingOffsets))
                .with(IngestArgs.ROWS_PER_FILE, rowsPerFile)
                .with(IngestArgs.ON_TOPIC_CHANGE, onTopicChange());
        return new SchemaOptions(workDir.toPath()).apply(args, schema, schemaFile, requiredFields, unknownFields);
    }

    /** Checked with the job's own rule, before a driver starts. */
    private OnTopicChange onTopicChange() throws MojoExecutionException {
        try {
            return IngestArgs.ON_TOPIC_CHANGE.parse(onTopicChange);
        } catch (UsageException e) {
            throw new MojoExecutionException("onTopicChange (-Dbatch-layer.onTopicChange): " + e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
