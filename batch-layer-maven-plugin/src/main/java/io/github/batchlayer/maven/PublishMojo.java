package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.dataset.DatasetException;
import io.github.batchlayer.dataset.DatasetSummary;
import io.github.batchlayer.dataset.DatasetValidator;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.ValidatedJsonRecordReader;
import io.github.batchlayer.dataset.SourceRecord;
import io.github.batchlayer.kafka.KafkaClients;
import io.github.batchlayer.kafka.OutgoingMessage;
import io.github.batchlayer.kafka.PublishResult;
import io.github.batchlayer.kafka.PublishSettings;
import io.github.batchlayer.kafka.Publisher;
import io.github.batchlayer.kafka.Topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Publishes a JSON array file (the seed's format) or newline-delimited JSON, or a slice {@code [from, to)} of
 * it, one compact record per message (the seed's {@code jq -c '.[a:b][]' | kafkacat -P}). Streaming: memory
 * does not grow with the file. By default the file is validated in a first streaming pass, so nothing is sent
 * from a file that is broken anywhere.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class PublishMojo extends AbstractPipelineMojo {

    /** Byte overhead of a record batch around a single record, kept free under max.message.bytes. */
    private static final int BATCH_OVERHEAD_BYTES = 256;

    /** The source file: JSON array or NDJSON. Default: what the generate goal writes. */
    @Parameter(property = "batch-layer.dataset",
            defaultValue = "${project.build.directory}/batch-layer/data/assessments.json")
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

    /** Topic to publish to. */
    @Parameter(property = "batch-layer.topic", defaultValue = "video-books-assessments")
    private String topic;

    /**
     * {@code json}: a JSON array or NDJSON, each record re-serialised compactly (default). {@code lines}: each
     * non-empty line sent as it is, unparsed, like {@code kafkacat -P} (no JSON validation).
     */
    @Parameter(property = "batch-layer.format", defaultValue = "json")
    private String format;

    /** Validate the whole file before sending anything. */
    @Parameter(property = "batch-layer.validate", defaultValue = "true")
    private boolean validate;

    /** Seconds between progress lines. */
    @Parameter(property = "batch-layer.progressSeconds", defaultValue = "5")
    private int progressSeconds;

    /** Kafka bootstrap servers; default: the running cluster's. */
    @Parameter(property = "batch-layer.kafkaBootstrapServers")
    private String kafkaBootstrapServers;

    /** Extra Kafka producer properties (security, tuning); they override the plugin's defaults. */
    @Parameter
    private Map<String, String> kafkaProperties = new HashMap<>();

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        ClusterEndpoints endpoints = ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, null, null);
        Slice requested = Slice.of(from, to);
        boolean json = "json".equals(format);
        if (!json && !"lines".equals(format)) {
            throw new MojoExecutionException("unknown format '" + format + "': use json or lines");
        }
        try {
            // Validate before contacting Kafka, so a broken file fails the same way with or without a cluster;
            // record sizes are checked against the topic's limit once it is known (below).
            long validationStarted = System.nanoTime();
            DatasetSummary summary = validate && json
                    ? DatasetValidator.validate(dataset.toPath(), requested, Long.MAX_VALUE) : null;
            Slice slice = summary != null ? summary.slice()
                    : requested.hasNegativeBound()
                    ? requested.resolveWithin(RecordReader.count(dataset.toPath(), format), dataset.toPath())
                    : requested;
            Map<String, String> clientProperties = kafkaClientProperties(kafkaProperties);
            int maxMessageBytes = topicMaxMessageBytes(endpoints, clientProperties);
            if (summary != null) {
                if (summary.maxRecordBytes() > maxMessageBytes - BATCH_OVERHEAD_BYTES) {
                    // a second pass names the first record that is too large (index and byte offset)
                    DatasetValidator.validate(dataset.toPath(), slice, maxMessageBytes - BATCH_OVERHEAD_BYTES);
                }
                getLog().info(String.format("validated %s in %.1f s: %,d records, slice %s holds %,d records (%,d bytes)",
                        dataset, (System.nanoTime() - validationStarted) / 1e9, summary.records(), describe(slice),
                        summary.sliceRecords(), summary.sliceBytes()));
            }
            PublishSettings settings = new PublishSettings(endpoints.kafkaBootstrapServers(), topic, clientProperties,
                    Math.max(maxMessageBytes, 1_048_576) + BATCH_OVERHEAD_BYTES, Duration.ofSeconds(progressSeconds));
            PublishResult result;
            // a validated file is read by the fast reader, which trusts the syntax the validation checked
            try (RecordReader reader = summary != null
                    ? ValidatedJsonRecordReader.open(dataset.toPath(), slice, keyField)
                    : RecordReader.open(dataset.toPath(), format, slice, keyField)) {
                result = new Publisher(buildLog()).publish(settings, messages(reader));
            }
            String line = result.summaryLine(topic) + " from " + dataset.getName() + " " + describe(slice);
            getLog().info(line);
            return new StepOutcome().summary(line)
                    .figure("records", result.records())
                    .figure("bytes", result.bytes())
                    .figure("from", slice.from())
                    .figure("to", slice.isOpenEnded() ? -1 : slice.to())
                    .figure("dataset", dataset.getAbsolutePath())
                    .figure("topic", topic)
                    .figure("format", format)
                    .figure("recordsPerSecond", result.recordsPerSecond())
                    .figure("endOffsets", result.endOffsets());
        } catch (DatasetException e) {
            throw new MojoExecutionException(e.getMessage()
                    + (validate ? "; nothing was sent" : "; records before it were sent (validate=false)"), e);
        }
    }

    private int topicMaxMessageBytes(ClusterEndpoints endpoints, Map<String, String> clientProperties) {
        try (Admin admin = KafkaClients.admin(endpoints.kafkaBootstrapServers(), clientProperties, 30_000)) {
            String configured = new Topics(admin).config(topic, "max.message.bytes");
            return configured == null ? 1_048_588 : Integer.parseInt(configured);
        }
    }

    private static String describe(Slice slice) {
        return "[" + slice.from() + ":" + (slice.isOpenEnded() ? "" : slice.to()) + ")";
    }

    private static Iterator<OutgoingMessage> messages(Iterator<SourceRecord> reader) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public OutgoingMessage next() {
                SourceRecord record = reader.next();
                return new OutgoingMessage(record.index(), record.key(), record.json());
            }
        };
    }
}
