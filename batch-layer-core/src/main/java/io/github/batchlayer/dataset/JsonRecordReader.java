package io.github.batchlayer.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * Streams the records of a source file: a top-level JSON array of objects (the seed's file) or objects separated
 * by whitespace (NDJSON), in UTF-8 (with or without a byte order mark), UTF-16 or UTF-32 (see
 * {@link SourceEncoding}); records are always UTF-8. Only one record is held at a time, so a file of any size
 * reads in constant memory; a single object that wraps the records ({@code {"records": [...]}}) is refused at
 * open, without holding it.
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
    private final SourceEncoding encoding;
    private long nextIndex;
    private SourceRecord pending;
    private boolean finished;
    private boolean skipAll;

    private JsonRecordReader(Path file, Slice slice, String keyField, JsonParser parser, boolean array,
                             SourceEncoding encoding) {
        this.file = file;
        this.slice = slice;
        this.keyField = keyField;
        this.parser = parser;
        this.array = array;
        this.encoding = encoding;
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
        SourceEncoding encoding = SourceEncoding.UTF_8;
        try {
            if (Files.size(file) == 0) {
                throw new DatasetException(file, -1, 0, "file is empty, expected a JSON array or JSON lines");
            }
            encoding = SourceEncoding.detect(file);
            parser = firstToken(file, encoding);
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                refuseWrapper(file, parser, encoding);
                // the check walked the first object: start again for its records
                parser.close();
                parser = firstToken(file, encoding);
            }
            return new JsonRecordReader(file, slice == null ? Slice.all() : slice, keyField, parser,
                    parser.currentToken() == JsonToken.START_ARRAY, encoding);
        } catch (IOException e) {
            SourceFileClosing.quietly(parser);
            throw new DatasetException(file, -1, offsetOf(e, parser, encoding), "cannot read (as " + encoding
                    + "): " + originalMessage(e), e);
        } catch (RuntimeException e) {
            SourceFileClosing.quietly(parser);
            throw e;
        }
    }

    /** A parser on the file's first token, which must open an array or an object. */
    private static JsonParser firstToken(Path file, SourceEncoding encoding) throws IOException {
        // Jackson detects the encoding itself, by the rules SourceEncoding names
        InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in);
        JsonToken first = parser.nextToken();
        if (first == null) {
            parser.close();
            throw new DatasetException(file, -1, 0, "file holds only whitespace, expected a JSON array or JSON lines");
        }
        if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
            long at = offsetOf(parser.currentTokenLocation(), encoding);
            parser.close();
            throw new DatasetException(file, -1, at,
                    "top level is " + describe(first) + ", expected a JSON array of objects or JSON lines");
        }
        return parser;
    }

    /**
     * Refuses a file that is one object holding the records in an array field ({@code {"records": [{...}]}}),
     * which would otherwise be read as a single record as large as the file. Walks the first object token by
     * token (constant memory): it is a wrapper when a top-level field holds an array of objects and nothing
     * follows the object. Leaves the parser after the first object.
     */
    private static void refuseWrapper(Path file, JsonParser parser, SourceEncoding encoding) throws IOException {
        try {
            walkFirstObject(file, parser, encoding);
        } catch (JsonProcessingException e) {
            // a syntax problem or a Jackson limit, which reading the records reports with its record index
        }
    }

    private static void walkFirstObject(Path file, JsonParser parser, SourceEncoding encoding) throws IOException {
        String arrayField = null;
        long arrayLength = 0;
        String field = null;
        String openArray = null; // the top-level field whose array value the parser is in
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token == null) {
                return; // a syntax problem, which reading the records reports with its record index
            }
            switch (token) {
                case FIELD_NAME -> field = depth == 1 ? parser.currentName() : field;
                case START_ARRAY -> {
                    openArray = depth == 1 ? field : openArray;
                    depth++;
                }
                case START_OBJECT -> {
                    if (depth == 2 && openArray != null && (arrayField == null || arrayField.equals(openArray))) {
                        arrayField = openArray;
                        arrayLength++;
                    }
                    depth++;
                }
                case END_ARRAY -> {
                    depth--;
                    openArray = depth == 1 ? null : openArray;
                }
                case END_OBJECT -> depth--;
                default -> { }
            }
            if (depth == 0) {
                break;
            }
            token = parser.nextToken();
        }
        if (arrayField != null && parser.nextToken() == null) {
            throw new DatasetException(file, -1, encoding.bomBytes(),
                    "the file is one JSON object whose field \"" + arrayField + "\" holds an array of "
                            + arrayLength + " objects: an object wrapping the records is not a layout publish reads;"
                            + " publish the array itself (jq '." + arrayField + "'), one object per line (jq -c '."
                            + arrayField + "[]'), or, if the object is the one record, put it in an array");
        }
    }

    /** True when the file is a JSON array, false for JSON lines. */
    public boolean isArray() {
        return array;
    }

    public SourceEncoding encoding() {
        return encoding;
    }

    /**
     * Reads every remaining record without keeping it: syntax, shape, Jackson's limits and the end of the file
     * are checked as by {@link #next()}. Returns the number of records in the file.
     *
     * @param progress told the records and bytes read after each record
     */
    public long checkRemaining(ReadProgress progress) {
        skipAll = true;
        pending = null;
        while (!finished) {
            readOne();
            progress.reached(nextIndex, offsetOf(parser.currentLocation(), encoding));
        }
        return nextIndex;
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
            offset = offsetOf(parser.currentTokenLocation(), encoding);
            if (token != JsonToken.START_OBJECT) {
                throw new DatasetException(file, index, offset, "record " + index + " at byte " + offset + " is "
                        + describe(token) + ", expected a JSON object");
            }
            nextIndex++;
            if (skipAll || !slice.contains(index)) {
                parser.skipChildren(); // still tokenises, so a syntax error before the slice is reported
                return null;
            }
            return CompactCopier.toRecord(parser, index, offset, keyField, 4096);
        } catch (StreamConstraintsException e) {
            finished = true;
            long at = offsetOf(e, parser, encoding);
            throw new DatasetException(file, index, at, "record " + index + " near byte " + at + " goes beyond a limit"
                    + " of Jackson, the JSON parser (a safety limit, not a syntax error): " + originalMessage(e), e);
        } catch (IOException e) {
            finished = true;
            long at = offsetOf(e, parser, encoding);
            throw new DatasetException(file, index, at, "record " + index + " near byte " + at + " is malformed JSON"
                    + (encoding.isUtf8() ? "" : " (read as " + encoding + ")") + ": " + originalMessage(e), e);
        }
    }

    private void endOfRecords(JsonToken token) throws IOException {
        finished = true;
        if (array && token == null) {
            throw new DatasetException(file, nextIndex, offsetOf(parser.currentLocation(), encoding),
                    "the array is not closed: end of file after " + nextIndex + " records");
        }
        if (array) {
            long at = offsetOf(parser.currentLocation(), encoding);
            try {
                JsonToken extra = parser.nextToken();
                if (extra != null) {
                    at = offsetOf(parser.currentTokenLocation(), encoding);
                    throw new DatasetException(file, -1, at, "trailing data after the closing ']' at byte " + at
                            + " (" + describe(extra) + ")");
                }
            } catch (JsonProcessingException e) {
                at = offsetOf(e, parser, encoding);
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

    private static long offsetOf(IOException e, JsonParser parser, SourceEncoding encoding) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            long at = offsetOf(jpe.getLocation(), encoding);
            if (at >= 0) {
                return at;
            }
        }
        return parser == null ? -1 : offsetOf(parser.currentLocation(), encoding);
    }

    /** Jackson counts bytes in UTF-8 and characters in UTF-16/32. */
    private static long offsetOf(JsonLocation location, SourceEncoding encoding) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : encoding.byteOffset(location.getCharOffset());
    }

    private static String originalMessage(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    @Override
    public void close() {
        SourceFileClosing.close(file, parser);
    }
}
