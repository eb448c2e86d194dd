package io.github.batchlayer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Unicode encoding of a JSON source file, detected from its first four bytes by the rules Jackson's byte
 * source uses (a byte order mark, else the zero bytes around the first, ASCII, character that RFC 4627 describes),
 * so the name we report is the encoding Jackson decodes. Messages are always published as UTF-8; only a UTF-8
 * file can be sent from its own bytes.
 *
 * @param name      the charset's name, as Java knows it
 * @param bomBytes  length of the byte order mark at the start of the file (0 when there is none)
 * @param unitBytes bytes per code unit (1, 2 or 4), to turn Jackson's character offsets into byte offsets
 */
public record SourceEncoding(String name, int bomBytes, int unitBytes) {

    public static final SourceEncoding UTF_8 = new SourceEncoding("UTF-8", 0, 1);

    public static SourceEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        return detect(head);
    }

    static SourceEncoding detect(byte[] head) {
        int b0 = at(head, 0);
        int b1 = at(head, 1);
        int b2 = at(head, 2);
        int b3 = at(head, 3);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new SourceEncoding("UTF-8", 3, 1);
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return new SourceEncoding("UTF-32BE", 4, 4);
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return new SourceEncoding("UTF-32LE", 4, 4);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new SourceEncoding("UTF-16BE", 2, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new SourceEncoding("UTF-16LE", 2, 2);
        }
        if (head.length == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            return new SourceEncoding("UTF-32BE", 0, 4);
        }
        if (head.length == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return new SourceEncoding("UTF-32LE", 0, 4);
        }
        if (head.length >= 2 && b0 == 0 && b1 != 0) {
            return new SourceEncoding("UTF-16BE", 0, 2);
        }
        if (head.length >= 2 && b0 != 0 && b1 == 0) {
            return new SourceEncoding("UTF-16LE", 0, 2);
        }
        return UTF_8;
    }

    private static int at(byte[] head, int i) {
        return i < head.length ? head[i] & 0xFF : -1;
    }

    /** UTF-8 with or without a byte order mark: the records' own bytes can be sent. */
    public boolean isUtf8() {
        return unitBytes == 1;
    }

    /** The byte offset of a character offset (exact but for characters outside the BMP in UTF-32). */
    public long byteOffset(long charOffset) {
        return charOffset < 0 ? -1 : bomBytes + charOffset * unitBytes;
    }

    @Override
    public String toString() {
        return name + (bomBytes > 0 ? " with a byte order mark" : "");
    }
}
