package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.job.contract.InferSchemaArgs;
import io.github.batchlayer.job.contract.InferSchemaResult;
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

/**
 * Infers a record schema from a bounded, deterministic sample, prints it as Spark DDL and writes it to
 * {@code target/batch-layer/inferred-schema.ddl}, for you to review and pin as ingest's {@code schemaFile}
 * (ingest never infers: an inferred schema can differ from batch to batch, which breaks appends). The sample is
 * the first {@code sampleSize} records of {@code dataset} or, with {@code sampleFrom=topic}, the first
 * {@code sampleSize} messages of every partition of {@code topic}. Spark runs in {@code local[*]} in a forked driver.
 */
@Mojo(name = "infer-schema", threadSafe = true)
public class InferSchemaMojo extends AbstractSparkJobMojo {
    static final String DDL_FILE = "inferred-schema.ddl";
    static final String SAMPLE_FILE = "infer-schema-sample.ndjson";

    /** The dataset file to sample (a JSON array or NDJSON), the one {@code publish} sends. */
    @Parameter(property = PropertyNames.DATASET, defaultValue = Defaults.DATASET)
    private File dataset;

    /** What to sample: {@code dataset} (the file) or {@code topic} (what the topic holds, on the running cluster). */
    @Parameter(property = "batch-layer.sampleFrom", defaultValue = "dataset")
    private String sampleFrom;

    /** The dataset's format: {@code json} (array or NDJSON) or {@code lines} (one message per line, as it is). */
    @Parameter(property = "batch-layer.format", defaultValue = "json")
    private String format;

    /** Records of the dataset, or messages per partition of the topic, to infer from (the first ones). */
    @Parameter(property = "batch-layer.sampleSize", defaultValue = "1000")
    private int sampleSize;

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
        boolean fromTopic = "topic".equalsIgnoreCase(sampleFrom);
        if (!fromTopic && !"dataset".equalsIgnoreCase(sampleFrom)) {
            throw new MojoExecutionException("sampleFrom must be dataset or topic, was " + sampleFrom);
        }
        long sampled = fromTopic ? sampleTopic(sample) : sampleFile(sample);
        // the sample is a local file: the driver infers in local[*], whatever master the cluster has
        ClusterEndpoints local = new ClusterEndpoints(null, null, null, "local[*]");
        Path ddlFile = workDir.toPath().resolve(DDL_FILE).toAbsolutePath();
        InferSchemaResult result = jobRunner(local).run(InferSchemaArgs.COMMAND.arguments()
                .with(InferSchemaArgs.SAMPLE_FILE, sample.toString())
                .with(InferSchemaArgs.DDL_FILE, ddlFile.toString()));
        String line = String.format("infer-schema: %,d records sampled from %s (%,d malformed left out); schema "
                + "written to %s: review it, then set <schemaFile> to a copy in your project", sampled,
                fromTopic ? "topic " + topic : dataset, result.malformed(), ddlFile);
        getLog().info(line);
        for (String ddl : result.ddl().split("\n")) {
            getLog().info("  " + ddl);
        }
        return new StepOutcome(line, result);
    }

    private long sampleFile(Path sample) throws MojoExecutionException {
        if (!dataset.isFile()) {
            throw new MojoExecutionException("dataset " + dataset + " does not exist (batch-layer.dataset); give the "
                    + "file to sample, or -Dbatch-layer.sampleFrom=topic to sample the topic");
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
            return TopicSample.write(endpoints.kafkaBootstrapServers(), kafkaClientProperties(), topic,
                    sampleSize, sample);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("cannot sample topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
