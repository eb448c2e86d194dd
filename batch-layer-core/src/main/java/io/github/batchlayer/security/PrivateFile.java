package io.github.batchlayer.security;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * Hands secrets to a forked JVM through a properties file only its owner can read (mode 600), never on its
 * command line: a command line is world-readable in {@code /proc} and {@code ps}, and ours is also kept in the
 * argument file next to the log. The file is created with its permissions (no window where it is readable).
 */
public final class PrivateFile {

    private PrivateFile() {
    }

    public static Path writeProperties(Path file, Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        StringWriter text = new StringWriter();
        try {
            p.store(text, "batch-layer: secrets for a forked JVM; owner-only; rewritten on each run");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return write(file, text.toString());
    }

    /** Writes {@code text} to {@code file}, which only its owner can read, replacing what was there. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
