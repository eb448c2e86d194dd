package io.github.batchlayer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The validating pass's fast path over a UTF-8 source file: one byte scan that accepts only what Jackson is
 * certain to accept, and measures every record's compact size on the way. Jackson's own pass needed a second
 * thread to measure sizes and still took 2.0 s for 269 MB in the publish goal; this scan does both on one thread
 * in 1.1-1.3 s (0.35 s once the JIT has compiled it), leaving the other core to the rest of the goal.
 *
 * <p>It decides nothing on its own: anything it is not sure of (a syntax error, but also an escaped slash,
 * nesting deeper than {@value #MAX_DEPTH}, a number longer than {@value #MAX_NUMBER_CHARS} characters, a field
 * name longer than {@value #MAX_NAME_BYTES} bytes, a record over {@value #MAX_RECORD_BYTES} bytes, records not
 * separated by whitespace, overlong UTF-8) ends the scan with {@link NotCertain}, and {@link DatasetValidator}
 * reads the file with Jackson instead, so every verdict on a broken or unusual file and every error message stay
 * Jackson's. What it accepts is a subset of RFC 8259 within Jackson's default limits: a JSON array of objects, or
 * objects separated by whitespace, optionally after a UTF-8 byte order mark.
 */
final class StrictJsonScanner implements AutoCloseable {
    /** Deeper nesting is left to Jackson (its own limit is far higher); it also sizes the scan's stack. */
    static final int MAX_DEPTH = 64;
    /** Jackson's limit is 1000 characters; longer numbers than this are left to it. */
    static final int MAX_NUMBER_CHARS = 100;
    /** Jackson's limit on a field name is 50 000 characters; longer names than this are left to it. */
    static final int MAX_NAME_BYTES = 1000;
    /** Larger records are left to Jackson (its limit on a string is 20 000 000 characters). */
    static final int MAX_RECORD_BYTES = 4 << 20;
    private static final int INCOMPLETE = -1;

    /** The scan met something it is not certain Jackson accepts; Jackson decides instead. */
    static final class NotCertain extends RuntimeException {
        NotCertain(String why) {
            super(why, null, false, false);
        }
    }

    private final Path file;
    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private long bufferStart;
    private boolean endOfFile;
    private boolean array;
    private boolean finished;
    private long nextIndex;
    /** Whether the record being scanned is already what compact re-serialisation would write. */
    private boolean compact;
    /** The scan's stack: whether each open container is an object (else an array). */
    private final boolean[] inObject = new boolean[MAX_DEPTH + 1];

    private StrictJsonScanner(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    static StrictJsonScanner open(Path file) {
        try {
            StrictJsonScanner scanner = new StrictJsonScanner(file, Files.newInputStream(file));
            scanner.readStart();
            return scanner;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readStart() throws IOException {
        ensure(3);
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
        int first = skipWhitespace();
        if (first != '[' && first != '{') {
            throw new NotCertain("the file does not start with '[' or '{'");
        }
        array = first == '[';
        if (array) {
            position++;
            if (skipWhitespace() == ']') {
                position++;
                requireEndOfFile();
            }
        }
    }

    /** The next record's index, byte offset and compact size; null after the last. */
    SliceFilter.Sized next() {
        try {
            if (finished) {
                return null;
            }
            long index = nextIndex++;
            if (skipWhitespace() != '{') {
                throw new NotCertain("record " + index + " does not start with '{'");
            }
            long offset = bufferStart + position;
            int end = scanRecord();
            int length = end - position;
            long size = compact ? length : compactSize(position, length, index, offset);
            position = end;
            afterRecord();
            return new SliceFilter.Sized(index, offset, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far into the file the scan is: after the last record returned and what follows it up to the next. */
    long bytesRead() {
        return bufferStart + position;
    }

    /** Scans the record at {@code position}, reading more of the file until it is whole; returns its end. */
    private int scanRecord() throws IOException {
        while (true) {
            compact = true;
            int end = record(buffer, position, limit);
            if (end != INCOMPLETE) {
                return end;
            }
            if (endOfFile) {
                throw new NotCertain("the file ends inside record " + (nextIndex - 1));
            }
            if (limit - position >= MAX_RECORD_BYTES) {
                throw new NotCertain("record " + (nextIndex - 1) + " is larger than " + MAX_RECORD_BYTES + " bytes");
            }
            ensure(limit - position + 1); // at least one more byte, then the record is scanned again from its start
        }
    }

    /** After a record: a comma or the closing bracket of the array; whitespace between objects of JSON lines. */
    private void afterRecord() throws IOException {
        long end = bufferStart + position;
        int c = skipWhitespace();
        if (array) {
            if (c == ',') {
                position++;
            } else if (c == ']') {
                position++;
                requireEndOfFile();
            } else {
                throw new NotCertain("neither ',' nor ']' after record " + (nextIndex - 1));
            }
        } else if (c == -1) {
            finished = true;
        } else if (bufferStart + position == end) {
            throw new NotCertain("no whitespace after record " + (nextIndex - 1));
        }
    }

    private void requireEndOfFile() throws IOException {
        if (skipWhitespace() != -1) {
            throw new NotCertain("something follows the array's closing ']'");
        }
        finished = true;
    }

    /** The next byte that is not JSON whitespace, without consuming it; -1 at the end of the file. */
    private int skipWhitespace() throws IOException {
        while (true) {
            if (position == limit && !ensure(1)) {
                return -1;
            }
            int c = buffer[position];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c & 0xFF;
            }
            position++;
        }
    }

    /**
     * Makes at least {@code bytes} bytes from {@code position} available when the file has them: moves what is
     * left to the buffer's start (growing it when needed) and reads on. False when not one more byte came.
     */
    private boolean ensure(int bytes) throws IOException {
        if (limit - position >= bytes || endOfFile) {
            return limit > position;
        }
        int kept = limit - position;
        if (bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(bytes, buffer.length * 2));
        }
        System.arraycopy(buffer, position, buffer, 0, kept);
        bufferStart += position;
        position = 0;
        limit = kept;
        while (limit < bytes && !endOfFile) {
            int read = in.readNBytes(buffer, limit, buffer.length - limit);
            limit += read;
            endOfFile = limit < buffer.length;
        }
        return limit > position;
    }

    /** A record that is not compact already: its size is that of Jackson's compact copy. */
    private long compactSize(int from, int length, long index, long offset) throws IOException {
        return CompactCopier.toRecord(buffer, from, length, index, offset, null).json().length;
    }

    // The grammar, over buffer[p, end): each step returns the index after what it scanned, INCOMPLETE when the
    // buffer ends first, and throws NotCertain on anything it does not accept. The nesting is a loop over an
    // explicit stack, not recursion: recursive methods took the JIT several recompilations to settle, as long as
    // the scan of 100 000 records itself.

    /** The record (an object) that starts at {@code p}. */
    private int record(byte[] b, int p, int end) {
        boolean[] inObject = this.inObject;
        int depth = 0;
        while (true) {
            // a value starts at p
            if (p >= end) {
                return INCOMPLETE;
            }
            byte c = b[p];
            if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new NotCertain("nested deeper than " + MAX_DEPTH);
                }
                boolean object = c == '{';
                inObject[depth] = object;
                if ((p = whitespace(b, p + 1, end)) >= end) {
                    return INCOMPLETE;
                }
                if (b[p] != (object ? '}' : ']')) {
                    if (object && (p = key(b, p, end)) == INCOMPLETE) {
                        return INCOMPLETE;
                    }
                    continue; // the container's first value
                }
                p++; // an empty container, a value that ended
                depth--;
            } else if (c == '"') {
                p = string(b, p, end);
            } else if (c == 't') {
                p = literal(b, p, end, TRUE);
            } else if (c == 'f') {
                p = literal(b, p, end, FALSE);
            } else if (c == 'n') {
                p = literal(b, p, end, NULL);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                p = number(b, p, end);
            } else {
                throw new NotCertain("unexpected byte " + (c & 0xFF));
            }
            if (p == INCOMPLETE) {
                return INCOMPLETE;
            }
            // a value ended at p: close the containers it ends, or move to the next value
            while (true) {
                if (depth == 0) {
                    return p;
                }
                if ((p = whitespace(b, p, end)) >= end) {
                    return INCOMPLETE;
                }
                c = b[p];
                if (c == ',') {
                    p = whitespace(b, p + 1, end);
                    if (inObject[depth] && (p = key(b, p, end)) == INCOMPLETE) {
                        return INCOMPLETE;
                    }
                    break;
                }
                if (c != (inObject[depth] ? '}' : ']')) {
                    throw new NotCertain("',' or the container's end expected");
                }
                p++;
                depth--;
            }
        }
    }

    /** A field name, its colon and the whitespace after that; returns where the value starts. */
    private int key(byte[] b, int p, int end) {
        if (p >= end) {
            return INCOMPLETE;
        }
        if (b[p] != '"') {
            throw new NotCertain("a field name expected");
        }
        int start = p;
        if ((p = string(b, p, end)) == INCOMPLETE) {
            return INCOMPLETE;
        }
        if (p - start > MAX_NAME_BYTES) {
            throw new NotCertain("a field name longer than " + MAX_NAME_BYTES + " bytes");
        }
        if ((p = whitespace(b, p, end)) >= end) {
            return INCOMPLETE;
        }
        if (b[p] != ':') {
            throw new NotCertain("':' expected");
        }
        return whitespace(b, p + 1, end);
    }

    private int whitespace(byte[] b, int p, int end) {
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return p;
            }
            compact = false;
            p++;
        }
        return p;
    }

    private int string(byte[] b, int p, int end) {
        p++;
        while (true) {
            // the common case first: printable ASCII other than the quote and the backslash
            byte c;
            while (p < end && (c = b[p]) >= 0x20 && c != '"' && c != '\\') {
                p++;
            }
            if (p >= end) {
                return INCOMPLETE;
            }
            c = b[p];
            if (c == '"') {
                return p + 1;
            }
            if (c == '\\') {
                p = escape(b, p, end);
            } else if (c >= 0) {
                throw new NotCertain("a control character in a string");
            } else {
                p = multiByteCharacter(b, p, end);
            }
            if (p == INCOMPLETE) {
                return INCOMPLETE;
            }
        }
    }

    private int escape(byte[] b, int p, int end) {
        compact = false;
        if (p + 1 >= end) {
            return INCOMPLETE;
        }
        switch (b[p + 1]) {
            case '"', '\\', 'b', 'f', 'n', 'r', 't' -> {
                return p + 2;
            }
            case 'u' -> {
                if (p + 6 > end) {
                    return INCOMPLETE;
                }
                for (int i = p + 2; i < p + 6; i++) {
                    if (Character.digit(b[i], 16) < 0) {
                        throw new NotCertain("a \\u escape without four hex digits");
                    }
                }
                return p + 6;
            }
            default -> throw new NotCertain("an escape Jackson may not take"); // '\/' included: left to Jackson
        }
    }

    /** Well-formed UTF-8 only (no overlong forms, no surrogates, nothing above U+10FFFF). */
    private int multiByteCharacter(byte[] b, int p, int end) {
        int lead = b[p] & 0xFF;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
            compact = false; // Jackson writes a character outside the BMP as an escaped surrogate pair
        } else {
            throw new NotCertain("not UTF-8");
        }
        if (p + length > end) {
            return INCOMPLETE;
        }
        int second = b[p + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            throw new NotCertain("not UTF-8");
        }
        for (int i = p + 2; i < p + length; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                throw new NotCertain("not UTF-8");
            }
        }
        return p + length;
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private static int literal(byte[] b, int p, int end, byte[] word) {
        // the byte after it must be there too: the grammar's next step checks it is a separator
        if (p + word.length >= end) {
            return INCOMPLETE;
        }
        for (int i = 0; i < word.length; i++) {
            if (b[p + i] != word[i]) {
                throw new NotCertain("not a literal");
            }
        }
        return p + word.length;
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, and the byte after it present. */
    private static int number(byte[] b, int p, int end) {
        int start = p;
        if (b[p] == '-') {
            p++;
        }
        if (p >= end) {
            return INCOMPLETE;
        }
        if (b[p] == '0') {
            p++;
        } else {
            p = digits(b, p, end);
        }
        if (p < end && b[p] == '.') {
            p = digits(b, p + 1, end);
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            p = digits(b, p, end);
        }
        if (p >= end) {
            return INCOMPLETE; // more digits may follow in the file
        }
        if (p - start > MAX_NUMBER_CHARS) {
            throw new NotCertain("a number longer than " + MAX_NUMBER_CHARS + " characters");
        }
        return p;
    }

    /** One or more digits; returns end when the buffer ends within them. */
    private static int digits(byte[] b, int p, int end) {
        int start = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        if (p == start && p < end) {
            throw new NotCertain("a digit expected");
        }
        return p;
    }

    @Override
    public void close() {
        SourceFileClosing.close(file, in);
    }
}
