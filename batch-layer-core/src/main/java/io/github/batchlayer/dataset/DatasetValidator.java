package io.github.batchlayer.dataset;

import java.nio.file.Path;

/**
 * Checks a whole source file before anything is published, so a broken record at index 3000 cannot leave a topic
 * holding the first 3000 messages of an invalid file. One streaming pass, constant memory.
 */
public final class DatasetValidator {
    private DatasetValidator() {
    }

    /**
     * Reads every record (syntax and object-ness), checks that each record of the slice fits in
     * {@code maxRecordBytes} once compact (Kafka refuses larger messages), then checks the slice against the count.
     */
    public static DatasetSummary validate(Path file, Slice slice, long maxRecordBytes) {
        long sliceRecords = 0;
        long sliceBytes = 0;
        long largest = 0;
        long count;
        try (JsonRecordReader reader = JsonRecordReader.open(file, Slice.all(), null)) {
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                if (!slice.contains(record.index())) {
                    continue;
                }
                long size = record.json().length;
                if (size > maxRecordBytes) {
                    throw new DatasetException(file, record.index(), record.byteOffset(), "record " + record.index()
                            + " at byte " + record.byteOffset() + " is " + size + " bytes when compact, larger than"
                            + " the topic's max.message.bytes " + maxRecordBytes);
                }
                sliceRecords++;
                sliceBytes += size;
                largest = Math.max(largest, size);
            }
            count = reader.recordsRead();
        }
        slice.validateAgainst(count, file);
        return new DatasetSummary(count, sliceRecords, sliceBytes, largest);
    }
}
