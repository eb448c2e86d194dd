package io.github.batchlayer.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The lines a growing file gained since the last look: how far it was read, the line not yet ended, and a file
 * that got shorter (truncated, or replaced by a restarted writer) read again from its start. Not thread-safe: its
 * owner reads it from one thread at a time. Shared by {@link LogFollower} (services' logs) and the Spark goals'
 * driver log relay.
 */
public final class FileTail {
    private static final int CHUNK = 1 << 16;

    private final Path file;
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
    private long position;

    /** @param position where reading starts (0: the whole file; its size: only what is written from now on) */
    public FileTail(Path file, long position) {
        this.file = file;
        this.position = position;
    }

    /** Hands every line ended since the last call to {@code line} (without its newline); none while absent. */
    public void readNew(Consumer<String> line) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < position) {
                position = 0;
                partialLine.reset();
            }
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            int n;
            while ((n = channel.read(buffer, position)) > 0) {
                position += n;
                emitLines(buffer.array(), n, line);
                buffer.clear();
            }
        }
    }

    /** Hands the last line, one its writer did not end, to {@code line}, if there is one. */
    public void flushPartialLine(Consumer<String> line) {
        if (partialLine.size() > 0) {
            String last = partialLine.toString(StandardCharsets.UTF_8);
            partialLine.reset();
            line.accept(last);
        }
    }

    private void emitLines(byte[] bytes, int length, Consumer<String> line) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                partialLine.write(bytes, start, i - start);
                String ended = partialLine.toString(StandardCharsets.UTF_8);
                partialLine.reset();
                line.accept(ended);
                start = i + 1;
            }
        }
        partialLine.write(bytes, start, length - start);
    }
}
