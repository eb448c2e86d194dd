package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.dataset.DatasetException;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.kafka.FilePublisher;
import io.github.batchlayer.kafka.PublishResult;
import io.github.batchlayer.pipeline.PublishFigures;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Duration;

/**
 * Publishes a JSON array file (the seed's format) or newline-delimited JSON, or a slice {@code [from, to)} of
 * it, one compact record per message (the seed's {@code jq -c '.[a:b][]' | kafkacat -P}). Streaming: memory
 * does not grow with the file. By default the file is validated in a first streaming pass, so nothing is sent
 * from a file that is broken anywhere.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class PublishMojo extends AbstractPipelineMojo {

    /** The source file: JSON array or NDJSON. Default: what the generate goal writes. */
    @Parameter(property = PropertyNames.DATASET, defaultValue = Defaults.DATASET)
    private File dataset;

    /** First record to publish (0-based, inclusive; negative counts from the end, like jq); default the first. */
    @Parameter(property = "batch-layer.from")
    private Long from;

    /** Record to stop before (exclusive, like jq .[a:b]; negative counts from the end); default the end. */
    @Parameter(property = "batch-layer.to")
    private Long to;

    /** Top-level string field to use as the message key; default none (null keys). */
    @Parameter(property = "batch-layer.keyField")
    private String keyField;

    /**
     * {@code json}: a JSON array or NDJSON, each record re-serialised compactly (default). {@code lines}: each
     * non-empty line sent as it is, unparsed, like {@code kafkacat -P} (no JSON validation).
     */
    @Parameter(property = "batch-layer.format", defaultValue = "json")
    private String format;

    /**
     * Validate the whole file before sending anything: every record's syntax (json) and every record's size
     * against the topic's max.message.bytes (json and lines).
     */
    @Parameter(property = "batch-layer.validate", defaultValue = "true")
    private boolean validate;

    /**
     * With format=lines: the validating pass also requires every non-empty line to be one JSON value (the lines
     * are still sent as written). Off by default, since lines may be meant to be anything, e.g. not JSON at all.
     */
    @Parameter(property = "batch-layer.checkLineSyntax", defaultValue = "false")
    private boolean checkLineSyntax;

    /** Seconds between progress lines. */
    @Parameter(property = "batch-layer.progressSeconds", defaultValue = "5")
    private int progressSeconds;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, null, null);
        if (!"json".equals(format) && !PublishFigures.LINES.equals(format)) {
            throw new MojoExecutionException("unknown format '" + format + "': use json or lines");
        }
        FilePublisher.Source source = new FilePublisher.Source(dataset.toPath(), format, Slice.of(from, to), keyField,
                validate, checkLineSyntax);
        FilePublisher.Target target = new FilePublisher.Target(endpoints.kafkaBootstrapServers(), topic,
                kafkaClientProperties());
        FilePublisher.Outcome outcome;
        try {
            outcome = new FilePublisher(buildLog()).publish(source, target, Duration.ofSeconds(progressSeconds));
        } catch (DatasetException e) {
            throw new MojoExecutionException(e.getMessage()
                    + (validate ? "; nothing was sent" : "; records before it were sent (validate=false)"), e);
        }
        Slice slice = outcome.slice();
        PublishResult result = outcome.result();
        String line = result.summaryLine(topic) + " from " + dataset.getName() + " " + slice;
        getLog().info(line);
        return new StepOutcome(line, new PublishFigures(result.records(), result.bytes(), slice.from(),
                PublishFigures.journalTo(slice), dataset.getAbsolutePath(), topic, format, result.recordsPerSecond(),
                result.endOffsets()));
    }
}
