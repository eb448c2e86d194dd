package io.github.batchlayer.kafka;

import io.github.batchlayer.dataset.DatasetSummary;
import io.github.batchlayer.dataset.DatasetValidator;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceRecord;
import io.github.batchlayer.dataset.ValidatedJsonRecordReader;
import io.github.batchlayer.log.BuildLog;

import org.apache.kafka.clients.admin.Admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * Publishes a source file, or a slice of it, to a topic the way the {@code publish} goal promises: a validating
 * pass over the whole file first (so nothing is sent from a broken file), record sizes checked against the topic's
 * {@code max.message.bytes}, then the publishing pass. A bad file fails with a
 * {@link io.github.batchlayer.dataset.DatasetException} naming the file, record index and byte offset.
 */
public final class FilePublisher {
    /** Byte overhead of a record batch around a single record, kept free under max.message.bytes. */
    private static final int BATCH_OVERHEAD_BYTES = 256;
    /** The broker's default max.message.bytes, for a topic that does not set it. */
    private static final int DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

    /**
     * What to publish.
     *
     * @param format   {@code json} (a JSON array or NDJSON, re-serialised compactly) or {@code lines} (unparsed)
     * @param slice    records {@code [from, to)}; negative bounds count from the end, like jq
     * @param keyField top-level string field used as the message key, or null
     * @param validate check the whole file before sending anything (json only)
     */
    public record Source(Path file, String format, Slice slice, String keyField, boolean validate) {
    }

    /** Where to publish: the topic on a cluster, with the client's extra properties. */
    public record Target(String bootstrapServers, String topic, Map<String, String> clientProperties) {
    }

    /** What was published: the slice with its bounds resolved, and the producer's figures. */
    public record Outcome(Slice slice, PublishResult result) {
    }

    private final BuildLog log;

    public FilePublisher(BuildLog log) {
        this.log = log;
    }

    public Outcome publish(Source source, Target target, Duration progressEvery) {
        Path file = source.file();
        boolean json = "json".equals(source.format());
        // Validate before contacting Kafka, so a broken file fails the same way with or without a cluster;
        // record sizes are checked against the topic's limit once it is known (below).
        long validationStarted = System.nanoTime();
        DatasetSummary summary = source.validate() && json
                ? DatasetValidator.validate(file, source.slice(), Long.MAX_VALUE) : null;
        Slice slice = summary != null ? summary.slice() : resolveWithoutValidating(source);
        int maxMessageBytes = topicMaxMessageBytes(target);
        if (summary != null) {
            if (summary.maxRecordBytes() > maxMessageBytes - BATCH_OVERHEAD_BYTES) {
                // a second pass names the first record that is too large (index and byte offset)
                DatasetValidator.validate(file, slice, maxMessageBytes - BATCH_OVERHEAD_BYTES);
            }
            log.info(String.format("validated %s in %.1f s: %,d records, slice %s holds %,d records (%,d bytes)",
                    file, (System.nanoTime() - validationStarted) / 1e9, summary.records(), slice,
                    summary.sliceRecords(), summary.sliceBytes()));
        }
        PublishSettings settings = new PublishSettings(target.bootstrapServers(), target.topic(),
                target.clientProperties(), Math.max(maxMessageBytes, 1_048_576) + BATCH_OVERHEAD_BYTES, progressEvery);
        // a validated file is read by the fast reader, which trusts the syntax the validation checked
        try (RecordReader reader = summary != null
                ? ValidatedJsonRecordReader.open(file, slice, source.keyField())
                : RecordReader.open(file, source.format(), slice, source.keyField())) {
            return new Outcome(slice, new Publisher(log).publish(settings, messages(reader)));
        }
    }

    /** Without a validating pass a bound counted from the end still needs the count: one pass just for that. */
    private static Slice resolveWithoutValidating(Source source) {
        Slice slice = source.slice();
        return slice.hasNegativeBound()
                ? slice.resolveWithin(RecordReader.count(source.file(), source.format()), source.file()) : slice;
    }

    private static int topicMaxMessageBytes(Target target) {
        try (Admin admin = KafkaClients.admin(target.bootstrapServers(), target.clientProperties(), 30_000)) {
            String configured = new Topics(admin).config(target.topic(), "max.message.bytes");
            return configured == null ? DEFAULT_MAX_MESSAGE_BYTES : Integer.parseInt(configured);
        }
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
