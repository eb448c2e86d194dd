package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.kafka.TopicSample;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers a record schema from a bounded, deterministic sample, prints it as Spark DDL and writes it to
 * {@code target/batch-layer/inferred-schema.ddl}, for you to review and pin as ingest's {@code schemaFile}
 * (ingest never infers: an inferred schema can differ from batch to batch, which breaks appends). The sample is
 * the first {@code sampleSize} records of {@code dataset} or, without one, the first {@code sampleSize} messages
 * of every partition of {@code topic}. Spark runs in {@code local[*]} in a forked driver.
 */
@Mojo(name = "infer-schema", threadSafe = true)
public class InferSchemaMojo extends AbstractSparkJobMojo {
    static final String DDL_FILE = "inferred-schema.ddl";
    static final String SAMPLE_FILE = "infer-schema-sample.ndjson";

    /** A dataset file to sample (a JSON array or NDJSON); without it, the topic is sampled. */
    @Parameter(property = "batch-layer.dataset")
    private File dataset;

    /** The dataset's format: {@code json} (array or NDJSON) or {@code lines} (one message per line, as it is). */
    @Parameter(property = "batch-layer.format", defaultValue = "json")
    private String format;

    /** Topic to sample when no dataset is given. */
    @Parameter(property = "batch-layer.topic", defaultValue = "video-books-assessments")
    private String topic;

    /** Records of the dataset, or messages per partition of the topic, to infer from (the first ones). */
    @Parameter(property = "batch-layer.sampleSize", defaultValue = "1000")
    private int sampleSize;

    /** Extra Kafka client properties for sampling the topic (security and the like). */
    @Parameter
    private Map<String, String> kafkaProperties = new HashMap<>();

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        if (sampleSize <= 0) {
            throw new MojoExecutionException("sampleSize must be positive, was " + sampleSize);
        }
        Path sample = workDir.toPath().resolve(SAMPLE_FILE).toAbsolutePath();
        try {
            Files.createDirectories(sample.getParent());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot create " + sample.getParent() + ": " + e.getMessage(), e);
        }
        long sampled = dataset != null ? sampleFile(sample) : sampleTopic(sample);
        // the sample is a local file: the driver infers in local[*], whatever master the cluster has
        ClusterEndpoints local = new ClusterEndpoints(null, null, null, "local[*]");
        Path ddlFile = workDir.toPath().resolve(DDL_FILE).toAbsolutePath();
        JsonNode result = jobRunner(local).run("infer-schema", List.of("--sample-file", sample.toString(),
                "--ddl-file", ddlFile.toString()));
        String line = String.format("infer-schema: %,d records sampled from %s (%,d malformed left out); schema "
                + "written to %s: review it, then set <schemaFile> to a copy in your project", sampled,
                dataset != null ? dataset : "topic " + topic, result.path("malformed").asLong(), ddlFile);
        getLog().info(line);
        for (String ddl : result.path("ddl").asText().split("\n")) {
            getLog().info("  " + ddl);
        }
        return new StepOutcome().summary(line).figure("sampled", sampled).figure("ddlFile", ddlFile.toString());
    }

    private long sampleFile(Path sample) throws MojoExecutionException {
        if (!dataset.isFile()) {
            throw new MojoExecutionException("dataset " + dataset + " does not exist (batch-layer.dataset)");
        }
        long n = 0;
        try (RecordReader reader = RecordReader.open(dataset.toPath(), format, Slice.all(), null);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(sample))) {
            while (n < sampleSize && reader.hasNext()) {
                out.write(reader.next().json());
                out.write('\n');
                n++;
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("cannot sample " + dataset + ": " + e.getMessage(), e);
        }
        return n;
    }

    private long sampleTopic(Path sample) throws MojoExecutionException {
        ClusterEndpoints endpoints = endpoints();
        try {
            return TopicSample.write(endpoints.kafkaBootstrapServers(), kafkaClientProperties(kafkaProperties), topic,
                    sampleSize, sample);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("cannot sample topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
