package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.kafka.TopicDump;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Writes messages {@code [fromOffset, toOffset)} of one partition to a file, one value per line: the seed's
 * {@code kafkacat -C}, for looking at what a topic holds (and for tests that compare it with the source).
 */
@Mojo(name = "consume", threadSafe = true)
public class ConsumeMojo extends AbstractTopicMojo {

    /** Partition to read. */
    @Parameter(property = "batch-layer.partition", defaultValue = "0")
    private int partition;

    /** First offset (inclusive). */
    @Parameter(property = "batch-layer.fromOffset", defaultValue = "0")
    private long fromOffset;

    /** Offset to stop before; default the partition's end. */
    @Parameter(property = "batch-layer.toOffset", defaultValue = "9223372036854775807")
    private long toOffset;

    /** Output file (one message value per line). */
    @Parameter(property = "batch-layer.consumeOutput",
            defaultValue = Defaults.WORK_DIR + "/consumed.ndjson")
    private File output;

    @Override
    protected void run() throws MojoExecutionException {
        ClusterEndpoints endpoints = ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, null, null);
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            long n = TopicDump.dump(endpoints.kafkaBootstrapServers(), kafkaClientProperties(), topic,
                    partition, fromOffset, toOffset, output.toPath());
            getLog().info(String.format("consumed %,d messages of %s-%d from offset %d into %s", n, topic, partition,
                    fromOffset, output));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("consume " + topic + "-" + partition + " failed: " + e.getMessage(), e);
        }
    }
}
