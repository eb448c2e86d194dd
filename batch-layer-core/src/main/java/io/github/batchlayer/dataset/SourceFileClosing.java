package io.github.batchlayer.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** How the record readers let go of a source file: one rule for the JSON, validated-JSON and line readers. */
final class SourceFileClosing {
    private SourceFileClosing() {
    }

    /** Closes after an earlier failure: that first error is the one to report, so this one is dropped. */
    static void quietly(Closeable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** Closes at the end of a read; a failure names the file. */
    static void close(Path file, Closeable resource) {
        try {
            resource.close();
        } catch (IOException e) {
            throw new DatasetException(file, -1, -1, "cannot close: " + e.getMessage(), e);
        }
    }
}
