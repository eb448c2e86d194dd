package io.github.batchlayer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * Streams the records of a source file: a top-level JSON array of objects (the seed's file) or objects separated
 * by whitespace (NDJSON). Only one record is held at a time, so a file of any size reads in constant memory.
 * Records before the slice are parsed and skipped (a syntax error there still stops the read); reading stops at
 * the slice's end without looking further, which is what publishing a chunk needs. Every problem is a
 * {@link DatasetException} naming the file, record and byte offset.
 */
public final class JsonRecordReader implements RecordReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path file;
    private final Slice slice;
    private final String keyField;
    private final JsonParser parser;
    private final boolean array;
    private long nextIndex;
    private SourceRecord pending;
    private boolean finished;

    private JsonRecordReader(Path file, Slice slice, String keyField, JsonParser parser, boolean array) {
        this.file = file;
        this.slice = slice;
        this.keyField = keyField;
        this.parser = parser;
        this.array = array;
    }

    /**
     * Opens {@code file} and detects its format from the first token.
     *
     * @param keyField a top-level field whose string value becomes {@link SourceRecord#key()}, or null
     */
    public static JsonRecordReader open(Path file, Slice slice, String keyField) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, -1, -1, "file not found (or not a regular file)");
        }
        JsonParser parser = null;
        try {
            if (Files.size(file) == 0) {
                throw new DatasetException(file, -1, 0, "file is empty, expected a JSON array or JSON lines");
            }
            InputStream in = Files.newInputStream(file);
            parser = FACTORY.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DatasetException(file, -1, 0, "file holds only whitespace, expected a JSON array or JSON lines");
            }
            if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                throw new DatasetException(file, -1, parser.currentTokenLocation().getByteOffset(),
                        "top level is " + describe(first) + ", expected a JSON array of objects or JSON lines");
            }
            return new JsonRecordReader(file, slice == null ? Slice.all() : slice, keyField, parser,
                    first == JsonToken.START_ARRAY);
        } catch (IOException e) {
            SourceFileClosing.quietly(parser);
            throw new DatasetException(file, -1, offsetOf(e, parser), "cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            SourceFileClosing.quietly(parser);
            throw e;
        }
    }

    /** True when the file is a JSON array, false for JSON lines. */
    public boolean isArray() {
        return array;
    }

    /** How many records have been read so far, skipped ones included. */
    public long recordsRead() {
        return nextIndex;
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !finished) {
            if (nextIndex >= slice.to()) {
                finished = true;
            } else {
                pending = readOne();
            }
        }
        return pending != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + file + " " + slice);
        }
        SourceRecord record = pending;
        pending = null;
        return record;
    }

    /** Reads the next element; returns null for a skipped one, and sets {@code finished} at the end. */
    private SourceRecord readOne() {
        long index = nextIndex;
        long offset = -1;
        try {
            // the first object of a JSON-lines file is already the current token
            JsonToken token = (index == 0 && !array) ? parser.currentToken() : parser.nextToken();
            if (token == null || (array && token == JsonToken.END_ARRAY)) {
                endOfRecords(token);
                return null;
            }
            offset = parser.currentTokenLocation().getByteOffset();
            if (token != JsonToken.START_OBJECT) {
                throw new DatasetException(file, index, offset, "record " + index + " at byte " + offset + " is "
                        + describe(token) + ", expected a JSON object");
            }
            nextIndex++;
            if (!slice.contains(index)) {
                parser.skipChildren(); // still tokenises, so a syntax error before the slice is reported
                return null;
            }
            return CompactCopier.toRecord(parser, index, offset, keyField, 4096);
        } catch (IOException e) {
            finished = true;
            long at = offsetOf(e, parser);
            throw new DatasetException(file, index, at, "record " + index + " near byte " + at + " is malformed JSON"
                    + ": " + originalMessage(e), e);
        }
    }

    private void endOfRecords(JsonToken token) throws IOException {
        finished = true;
        if (array && token == null) {
            throw new DatasetException(file, nextIndex, parser.currentLocation().getByteOffset(),
                    "the array is not closed: end of file after " + nextIndex + " records");
        }
        if (array) {
            long at = parser.currentLocation().getByteOffset();
            try {
                JsonToken extra = parser.nextToken();
                if (extra != null) {
                    at = parser.currentTokenLocation().getByteOffset();
                    throw new DatasetException(file, -1, at, "trailing data after the closing ']' at byte " + at
                            + " (" + describe(extra) + ")");
                }
            } catch (JsonProcessingException e) {
                at = offsetOf(e, parser);
                throw new DatasetException(file, -1, at, "trailing garbage after the closing ']' near byte " + at
                        + ": " + originalMessage(e), e);
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "'" + token.asString() + "'";
        };
    }

    private static long offsetOf(IOException e, JsonParser parser) {
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation location = jpe.getLocation();
            if (location != null && location.getByteOffset() >= 0) {
                return location.getByteOffset();
            }
        }
        return parser == null ? -1 : parser.currentLocation().getByteOffset();
    }

    private static String originalMessage(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    @Override
    public void close() {
        SourceFileClosing.close(file, parser);
    }
}
