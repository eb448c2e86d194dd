package io.github.batchlayer.dataset;

import java.nio.file.Path;

/**
 * A source file that cannot be used as it is. The message always names the file and, where known, the 0-based
 * record index and byte offset, because the person fixing a 9 MB file needs to know where to look.
 */
public class DatasetException extends RuntimeException {
    private final transient Path file;
    private final long recordIndex;
    private final long byteOffset;

    public DatasetException(Path file, long recordIndex, long byteOffset, String problem) {
        this(file, recordIndex, byteOffset, problem, null);
    }

    public DatasetException(Path file, long recordIndex, long byteOffset, String problem, Throwable cause) {
        super(describe(file, recordIndex, byteOffset, problem), cause);
        this.file = file;
        this.recordIndex = recordIndex;
        this.byteOffset = byteOffset;
    }

    private static String describe(Path file, long recordIndex, long byteOffset, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (problem.startsWith("record " + recordIndex + " ")) {
            // the problem already says where ("record 17 at byte 51234 is a number"); do not say it twice
            return where.append(": ").append(problem).toString();
        }
        if (recordIndex >= 0) {
            where.append(": record ").append(recordIndex);
        }
        if (byteOffset >= 0) {
            where.append(recordIndex >= 0 ? " at byte " : ": at byte ").append(byteOffset);
        }
        return where.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** The 0-based record index, or -1 when the problem is not about one record. */
    public long recordIndex() {
        return recordIndex;
    }

    /** The byte offset in the file, or -1 when unknown. */
    public long byteOffset() {
        return byteOffset;
    }
}
