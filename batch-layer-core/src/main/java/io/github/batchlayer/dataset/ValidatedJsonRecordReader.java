package io.github.batchlayer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The publishing pass over a file that {@link DatasetValidator} has already accepted (a JSON array of objects, or
 * JSON lines). Instead of parsing and re-serialising every record, it finds record boundaries with a byte scan
 * (string- and escape-aware bracket depth) and sends a record's own bytes when they already are what compact
 * re-serialisation would produce: no whitespace outside strings, no escape sequence anywhere (so no escape
 * could be written differently) and no character outside the Basic Multilingual Plane (Jackson writes those as
 * escaped surrogate pairs). Any other record goes through {@link CompactCopier}, as in
 * {@link JsonRecordReader}. The messages are therefore byte for byte those of {@link JsonRecordReader}; the
 * generator's output and the seed's file are compact, so on them nearly nothing is parsed, which is what lets
 * publishing keep up with Kafka's own producer on a small machine.
 *
 * <p>Syntax is not checked here: that is the validating pass's job. A file that no longer has the shape the
 * validation saw (changed in between) still fails with a {@link DatasetException}, never with a wrong message.
 */
public final class ValidatedJsonRecordReader implements RecordReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int BUFFER_BYTES = 1 << 20;
    /**
     * Measuring, a record is held only up to this size (a file whose string never closes would otherwise be held
     * whole); a larger one that is not compact is measured by its length in the file, an upper bound but for
     * characters outside the BMP, and far above what Kafka takes anyway.
     */
    private static final int MEASURE_HOLD_BYTES = 16 << 20;

    private final Path file;
    private final Slice slice;
    private final String keyField;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long bufferStart;
    private boolean array;

    private byte[] record = new byte[64 * 1024];
    private int recordLength;

    private long nextIndex;
    private SourceRecord pending;
    private boolean finished;
    private boolean measuring;
    private long measuredSize;

    private ValidatedJsonRecordReader(Path file, Slice slice, String keyField, InputStream in) {
        this.file = file;
        this.slice = slice;
        this.keyField = keyField;
        this.in = in;
    }

    /**
     * Opens a file that passed {@link DatasetValidator#validate}.
     *
     * @param keyField a top-level field whose string value becomes {@link SourceRecord#key()}, or null
     */
    public static ValidatedJsonRecordReader open(Path file, Slice slice, String keyField) {
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            ValidatedJsonRecordReader reader = new ValidatedJsonRecordReader(file, slice == null ? Slice.all() : slice,
                    keyField, in);
            reader.readStart();
            return reader;
        } catch (IOException e) {
            SourceFileClosing.quietly(in);
            throw new DatasetException(file, -1, -1, "cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            SourceFileClosing.quietly(in);
            throw e;
        }
    }

    private void readStart() throws IOException {
        int first = skipWhitespace();
        if (first == 0xEF) { // UTF-8 byte order mark, which Jackson skips too
            position += 3;
            first = skipWhitespace();
        }
        if (first == '[') {
            array = true;
            position++;
        } else if (first != '{') {
            throw changed(-1, "it does not start with '[' or '{'");
        }
    }

    @Override
    public long recordsRead() {
        return nextIndex;
    }

    @Override
    public boolean hasNext() {
        try {
            while (pending == null && !finished) {
                if (nextIndex >= slice.to() || !toNextRecord()) {
                    finished = true;
                } else {
                    pending = readRecord();
                }
            }
        } catch (IOException e) {
            finished = true;
            throw new DatasetException(file, nextIndex, offset(), "cannot read: " + e.getMessage(), e);
        }
        return pending != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + file + " " + slice);
        }
        SourceRecord next = pending;
        pending = null;
        return next;
    }

    /**
     * The next record's index, offset and compact size (what the message would be) without building the message:
     * the validating pass's measurement. Null at the end of the records.
     */
    SliceFilter.Sized nextSize() {
        measuring = true;
        try {
            if (finished || nextIndex >= slice.to() || !toNextRecord()) {
                finished = true;
                return null;
            }
            long index = nextIndex;
            long start = offset();
            readRecord();
            return new SliceFilter.Sized(index, start, measuredSize);
        } catch (IOException e) {
            finished = true;
            throw new DatasetException(file, nextIndex, offset(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Moves to the next record's '{'; false at the end of the records. */
    private boolean toNextRecord() throws IOException {
        int c = skipWhitespace();
        if (array && nextIndex > 0 && c == ',') {
            position++;
            c = skipWhitespace();
        }
        if (c == -1 || (array && c == ']')) {
            return false;
        }
        if (c != '{') {
            throw changed(nextIndex, "record " + nextIndex + " does not start with '{'");
        }
        return true;
    }

    /** Scans one record from its '{' to the matching '}'; returns null for a record outside the slice. */
    private SourceRecord readRecord() throws IOException {
        long index = nextIndex++;
        long start = offset();
        boolean keep = slice.contains(index);
        long span = 0;
        recordLength = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean compact = true;
        boolean closed = false;
        while (!closed) {
            if (position == limit && !fill()) {
                throw changed(index, "end of file inside record " + index);
            }
            // the scan runs on locals: with field reads and writes per byte it was a third slower
            byte[] bytes = buffer;
            int segment = position;
            int p = position;
            int end = limit;
            while (p < end) {
                byte c = bytes[p++];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '"') {
                        inString = false;
                    } else if (c == '\\') {
                        escaped = true;
                        compact = false;
                    } else if ((c & 0xF8) == 0xF0) {
                        compact = false; // a 4-byte UTF-8 character: Jackson writes it as an escaped surrogate pair
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        closed = true;
                        break;
                    }
                } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    compact = false;
                }
            }
            position = p;
            span += p - segment;
            keep &= !measuring || span <= MEASURE_HOLD_BYTES;
            if (keep) {
                append(segment, p);
            }
        }
        if (measuring) {
            measuredSize = compact || !keep ? span : recompact(index, start, Arrays.copyOf(record, recordLength))
                    .json().length;
            return null;
        }
        if (!keep) {
            return null;
        }
        byte[] raw = Arrays.copyOf(record, recordLength);
        return compact ? new SourceRecord(index, start, keyOf(raw), raw) : recompact(index, start, raw);
    }

    private SourceRecord recompact(long index, long start, byte[] raw) throws IOException {
        return CompactCopier.toRecord(raw, 0, raw.length, index, start, keyField);
    }

    /** The top-level string value of the key field, read without copying anything else. */
    private String keyOf(byte[] raw) throws IOException {
        if (keyField == null) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(raw)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = keyField.equals(p.currentName());
                JsonToken value = p.nextToken();
                if (wanted) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        }
    }

    private void append(int from, int to) {
        int length = to - from;
        if (recordLength + length > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, recordLength + length));
        }
        System.arraycopy(buffer, from, record, recordLength, length);
        recordLength += length;
    }

    /** The next byte that is not JSON whitespace, without consuming it; -1 at the end of the file. */
    private int skipWhitespace() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return -1;
            }
            int c = buffer[position] & 0xFF;
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            position++;
        }
    }

    private boolean fill() throws IOException {
        bufferStart += limit;
        position = 0;
        limit = in.readNBytes(buffer, 0, buffer.length);
        return limit > 0;
    }

    private long offset() {
        return bufferStart + position;
    }

    private DatasetException changed(long index, String what) {
        return new DatasetException(file, index, offset(), what + ": the file changed since it was validated?");
    }

    @Override
    public void close() {
        SourceFileClosing.close(file, in);
    }
}
