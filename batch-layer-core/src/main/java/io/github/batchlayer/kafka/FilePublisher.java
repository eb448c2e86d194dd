package io.github.batchlayer.kafka;

import io.github.batchlayer.dataset.DatasetSummary;
import io.github.batchlayer.dataset.DatasetValidator;
import io.github.batchlayer.dataset.ReadProgress;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceRecord;
import io.github.batchlayer.dataset.ValidatedJsonRecordReader;
import io.github.batchlayer.log.BuildLog;

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

    /**
     * What to publish.
     *
     * @param format   {@code json} (a JSON array or NDJSON, re-serialised compactly) or {@code lines} (unparsed)
     * @param slice    records {@code [from, to)}; negative bounds count from the end, like jq
     * @param keyField top-level string field used as the message key, or null
     * @param validate check the whole file before sending anything: syntax (json), and every record's size
     *                 against the topic's max.message.bytes
     * @param checkLineSyntax with {@code lines} and {@code validate}, also require every line to be one JSON value
     */
    public record Source(Path file, String format, Slice slice, String keyField, boolean validate,
                         boolean checkLineSyntax) {
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
        // The topic's limit is looked up while the file is validated (the admin client's start in a fresh JVM
        // takes as long as validating 100 000 records); a broken file still fails with its own error, the same
        // with or without a cluster, and record sizes are checked against the limit once it is known (below).
        try (TopicLimitLookup limit = TopicLimitLookup.start(target.bootstrapServers(), target.topic(),
                target.clientProperties())) {
            return publish(source, target, progressEvery, limit);
        }
    }

    private Outcome publish(Source source, Target target, Duration progressEvery, TopicLimitLookup limit) {
        Path file = source.file();
        long validationStarted = System.nanoTime();
        ValidationProgress progress = new ValidationProgress(file, progressEvery);
        DatasetSummary summary = source.validate() ? validate(source, source.slice(), Long.MAX_VALUE, progress) : null;
        Slice slice = summary != null ? summary.slice() : resolveWithoutValidating(source);
        int maxMessageBytes = limit.maxMessageBytes();
        if (summary != null) {
            if (summary.maxRecordBytes() > maxMessageBytes - BATCH_OVERHEAD_BYTES) {
                // a second pass names the first record that is too large (index and byte offset)
                validate(source, slice, maxMessageBytes - BATCH_OVERHEAD_BYTES, ReadProgress.NONE);
            }
            log.info(String.format("validated %s (%s) in %.1f s: %,d records, slice %s holds %,d records (%,d bytes)",
                    file, summary.encoding(), (System.nanoTime() - validationStarted) / 1e9, summary.records(), slice,
                    summary.sliceRecords(), summary.sliceBytes()));
        }
        PublishSettings settings = new PublishSettings(target.bootstrapServers(), target.topic(),
                target.clientProperties(), Math.max(maxMessageBytes, 1_048_576) + BATCH_OVERHEAD_BYTES, progressEvery);
        // a validated UTF-8 JSON file is read by the fast reader, which trusts the syntax the validation checked;
        // any other file's messages are Jackson's UTF-8 copies of its records (or its lines, as written)
        boolean fast = summary != null && "json".equals(source.format()) && summary.encoding().isUtf8();
        try (RecordReader reader = fast
                ? ValidatedJsonRecordReader.open(file, slice, source.keyField())
                : RecordReader.open(file, source.format(), slice, source.keyField())) {
            return new Outcome(slice, new Publisher(log).publish(settings, messages(reader)));
        }
    }

    private static DatasetSummary validate(Source source, Slice slice, long maxRecordBytes, ReadProgress progress) {
        return "json".equals(source.format())
                ? DatasetValidator.validate(source.file(), slice, maxRecordBytes, progress)
                : DatasetValidator.validateLines(source.file(), slice, maxRecordBytes, source.checkLineSyntax(),
                        progress);
    }

    /** A line about every {@code every} while the validating pass reads a large file. */
    private final class ValidationProgress implements ReadProgress {
        private final Path file;
        private final long everyNanos;
        private final long started = System.nanoTime();
        private final long fileBytes;
        private long next;

        ValidationProgress(Path file, Duration every) {
            this.file = file;
            this.everyNanos = every.toNanos();
            this.next = started + everyNanos;
            this.fileBytes = file.toFile().length();
        }

        @Override
        public void reached(long records, long bytes) {
            long now = System.nanoTime();
            if (now >= next) {
                log.info(String.format("validating %s: %,d records, %.0f of %.0f MB (%.0f%%) in %.0f s", file,
                        records, bytes / 1e6, fileBytes / 1e6, 100.0 * bytes / Math.max(1, fileBytes),
                        (now - started) / 1e9));
                next = now + everyNanos;
            }
        }
    }

    /** Without a validating pass a bound counted from the end still needs the count: one pass just for that. */
    private static Slice resolveWithoutValidating(Source source) {
        Slice slice = source.slice();
        return slice.hasNegativeBound()
                ? slice.resolveWithin(RecordReader.count(source.file(), source.format()), source.file()) : slice;
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
