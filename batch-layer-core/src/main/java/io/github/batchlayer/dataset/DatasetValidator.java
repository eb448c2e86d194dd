package io.github.batchlayer.dataset;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Checks a whole source file before anything is published, so a broken record at index 3000 cannot leave a topic
 * holding the first 3000 messages of an invalid file. One streaming pass, constant memory (a slice counted from
 * the end keeps the sizes of its last |bound| records until the count is known, see {@link SliceFilter}).
 */
public final class DatasetValidator {
    private DatasetValidator() {
    }

    /**
     * Reads every record (syntax and object-ness), checks that each record of the slice fits in
     * {@code maxRecordBytes} once compact (Kafka refuses larger messages), then checks the slice against the count.
     * Bounds counting from the end (jq's {@code .[-1:]}) are resolved on the way; the summary holds the result.
     */
    public static DatasetSummary validate(Path file, Slice slice, long maxRecordBytes) {
        SliceTally tally = new SliceTally(file, maxRecordBytes);
        SliceFilter filter = new SliceFilter(slice);
        long count;
        try (JsonRecordReader reader = JsonRecordReader.open(file, Slice.all(), null)) {
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                filter.accept(new SliceFilter.Sized(record.index(), record.byteOffset(), record.json().length), tally);
            }
            count = reader.recordsRead();
        }
        Slice resolved = slice.resolveWithin(count, file);
        filter.finish(resolved, tally);
        return new DatasetSummary(count, resolved, tally.records, tally.bytes, tally.largest);
    }

    /** Sums the slice's records and refuses the first one over the limit. */
    private static final class SliceTally implements Consumer<SliceFilter.Sized> {
        private final Path file;
        private final long maxRecordBytes;
        long records;
        long bytes;
        long largest;

        SliceTally(Path file, long maxRecordBytes) {
            this.file = file;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        public void accept(SliceFilter.Sized record) {
            if (record.size() > maxRecordBytes) {
                throw new DatasetException(file, record.index(), record.byteOffset(), "record " + record.index()
                        + " at byte " + record.byteOffset() + " is " + record.size() + " bytes when compact, larger"
                        + " than the topic's max.message.bytes " + maxRecordBytes);
            }
            records++;
            bytes += record.size();
            largest = Math.max(largest, record.size());
        }
    }
}
