package io.github.batchlayer.dataset;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * Streams a file's non-empty lines as records, unparsed (what {@code kafkacat -P} sends). For putting messages
 * into a topic exactly as written, including ones that are not JSON, e.g. to exercise the ingest's quarantine.
 */
public final class LineRecordReader implements RecordReader {

    private final Path file;
    private final Slice slice;
    private final InputStream in;
    private long offset;
    private long nextIndex;
    private SourceRecord pending;

    private LineRecordReader(Path file, Slice slice, InputStream in) {
        this.file = file;
        this.slice = slice;
        this.in = in;
    }

    public static LineRecordReader open(Path file, Slice slice) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, -1, -1, "file not found (or not a regular file)");
        }
        try {
            return new LineRecordReader(file, slice, new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new DatasetException(file, -1, -1, "cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        while (pending == null && nextIndex < slice.to()) {
            SourceRecord line = readLine();
            if (line == null) {
                return false;
            }
            if (slice.contains(line.index())) {
                pending = line;
            }
        }
        return pending != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord record = pending;
        pending = null;
        return record;
    }

    /** The number of lines read so far. */
    public long recordsRead() {
        return nextIndex;
    }

    private SourceRecord readLine() {
        try {
            while (true) {
                long start = offset;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != -1) {
                    offset++;
                    if (b == '\n') {
                        break;
                    }
                    line.write(b);
                }
                byte[] bytes = stripCarriageReturn(line.toByteArray());
                if (bytes.length > 0) {
                    return new SourceRecord(nextIndex++, start, null, bytes);
                }
                if (b == -1) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] stripCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

    @Override
    public void close() {
        SourceFileClosing.close(file, in);
    }
}
