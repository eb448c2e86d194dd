package io.github.batchlayer.dataset;

import java.nio.file.Path;
import java.util.Iterator;

/** A streaming reader of a source file's records, whatever its format; one record in memory at a time. */
public interface RecordReader extends AutoCloseable, Iterator<SourceRecord> {

    /** The number of records read so far (all of them, once the reader is exhausted). */
    long recordsRead();

    @Override
    void close();

    /**
     * Opens a file in one of the publish formats: {@code json} (a JSON array or NDJSON, each record re-serialised
     * compactly) or {@code lines} (each non-empty line as it is, unparsed).
     *
     * @param keyField top-level field whose string value becomes the record's key (json only), or null
     */
    static RecordReader open(Path file, String format, Slice slice, String keyField) {
        return switch (format) {
            case "json" -> JsonRecordReader.open(file, slice, keyField);
            case "lines" -> LineRecordReader.open(file, slice);
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use json or lines");
        };
    }

    /** The number of records in the file (a full streaming pass). */
    static long count(Path file, String format) {
        try (RecordReader reader = open(file, format, Slice.all(), null)) {
            reader.forEachRemaining(r -> { });
            return reader.recordsRead();
        }
    }
}
