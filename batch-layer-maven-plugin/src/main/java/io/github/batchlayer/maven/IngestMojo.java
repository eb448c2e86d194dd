package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lands the topic's new messages as raw parquet on HDFS with the Spark job: a batch read between explicit
 * offsets (from the last committed batch's end, or earliest, to the end offsets at start), parsed with the
 * explicit nested schema; bad messages go to quarantine with their offset and reason. Exactly once: the
 * offsets landed are committed in a manifest next to the data, written last.
 */
@Mojo(name = "ingest", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class IngestMojo extends AbstractSparkJobMojo {

    /** Topic to read. */
    @Parameter(property = "batch-layer.topic", defaultValue = "video-books-assessments")
    private String topic;

    /** Quarantine path for messages that do not parse. */
    @Parameter(property = "batch-layer.quarantinePath", defaultValue = "/tmp/raw_assessments_quarantine")
    private String quarantinePath;

    /** Explicit starting offsets in the seed's JSON form, e.g. {"video-books-assessments":{"0":3279}}. */
    @Parameter(property = "batch-layer.startingOffsets")
    private String startingOffsets;

    /** Explicit ending offsets (exclusive) in the same JSON form. Default: the end offsets at start. */
    @Parameter(property = "batch-layer.endingOffsets")
    private String endingOffsets;

    /** kafka.max.partition.fetch.bytes: must hold the topic's largest message (the seed's 5 MiB). */
    @Parameter(property = "batch-layer.maxPartitionFetchBytes", defaultValue = "5242880")
    private int maxPartitionFetchBytes;

    /**
     * About how many rows go in one parquet file of a batch (the job's default 200 000). Lower it on a cluster so
     * a big batch is written by as many tasks as there are files, in parallel on the executors.
     */
    @Parameter(property = "batch-layer.rowsPerFile")
    private Long rowsPerFile;

    /**
     * What ingest does when the topic is not the one its committed batches read (deleted and created again, another
     * cluster, or offsets below the committed ones): {@code fail} (default: stop and say what changed) or
     * {@code restart-from-earliest} (land the topic as it is now from its earliest offsets into the same raw path;
     * the committed batches stay).
     */
    @Parameter(property = "batch-layer.onTopicChange", defaultValue = "fail")
    private String onTopicChange;

    /** Extra Kafka consumer properties for the job (security and the like). */
    @Parameter
    private Map<String, String> kafkaProperties = new HashMap<>();

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        List<String> args = new ArrayList<>(List.of(
                "--bootstrap-servers", endpoints.kafkaBootstrapServers(),
                "--topic", topic,
                "--raw-path", JobPaths.onCluster(endpoints, rawPath),
                "--quarantine-path", JobPaths.onCluster(endpoints, quarantinePath),
                "--max-partition-fetch-bytes", Integer.toString(maxPartitionFetchBytes),
                "--on-topic-change", onTopicChange));
        if (startingOffsets != null && !startingOffsets.isBlank()) {
            args.addAll(List.of("--starting-offsets", startingOffsets));
        }
        if (rowsPerFile != null) {
            args.addAll(List.of("--rows-per-file", rowsPerFile.toString()));
        }
        if (endingOffsets != null && !endingOffsets.isBlank()) {
            args.addAll(List.of("--ending-offsets", endingOffsets));
        }
        // all client properties go through an owner-only file: they may hold a JAAS config or a truststore password
        JsonNode result = jobRunner(endpoints).run("ingest", args, kafkaClientProperties(kafkaProperties));
        for (JsonNode removed : result.path("removedUncommitted")) {
            getLog().warn("removed " + removed.asText() + ": an earlier run wrote it but never committed it");
        }
        long landed = result.path("rowsLanded").asLong();
        long quarantined = result.path("quarantined").asLong();
        String line = String.format("ingest: batch %s offsets %s landed %,d rows, quarantined %,d; committed in all "
                + "%,d rows in %d batches (%.1f s)", result.path("batchId").asText("-"), result.path("offsets"),
                landed, quarantined, result.path("committedRows").asLong(), result.path("committedBatches").asLong(),
                result.path("seconds").asDouble());
        getLog().info(line);
        if (quarantined > 0) {
            getLog().warn(String.format("%,d message(s) quarantined in %s: %s", quarantined, quarantinePath,
                    result.path("quarantineReasons")));
        }
        return new StepOutcome().summary(line)
                .figure("batchId", result.path("batchId").asLong())
                .figure("rowsLanded", landed)
                .figure("quarantined", quarantined)
                .figure("quarantineReasons", result.path("quarantineReasons").toString())
                .figure("offsets", result.path("offsets").toString())
                .figure("committedRows", result.path("committedRows").asLong())
                .figure("committedBatches", result.path("committedBatches").asLong());
    }
}
