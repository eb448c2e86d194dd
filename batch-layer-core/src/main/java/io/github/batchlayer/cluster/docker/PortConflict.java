package io.github.batchlayer.cluster.docker;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recognises a service that failed because its port was taken, from the logs of a failed start (the containers'
 * here; the embedded launcher's forked JVMs' too, see {@link #sinceSizes}).
 */
public final class PortConflict {

    private static final String MARKER = "Address already in use";

    private PortConflict() {
    }

    static boolean seenIn(List<Path> logs) {
        return first(logs).isPresent();
    }

    static String firstLine(List<Path> logs) {
        return first(logs).orElse(MARKER);
    }

    /**
     * The first port conflict written to the logs after they had the given sizes (a forked JVM appends to its log,
     * so what an earlier run wrote must not count); a log not in the map is read whole.
     */
    public static Optional<String> sinceSizes(List<Path> logs, Map<Path, Long> sizes) {
        for (Path file : logs.stream().filter(Files::isRegularFile).toList()) {
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                long from = Math.min(sizes.getOrDefault(file, 0L), in.length());
                byte[] written = new byte[(int) Math.min(in.length() - from, 16L << 20)];
                in.seek(from);
                in.readFully(written);
                Optional<String> hit = new String(written, StandardCharsets.UTF_8).lines()
                        .filter(l -> l.contains(MARKER)).findFirst();
                if (hit.isPresent()) {
                    return Optional.of(file.getFileName() + ": " + hit.get().trim());
                }
            } catch (IOException unreadable) {
                // gone or unreadable: no evidence either way
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Path> logs) {
        for (Path file : logs.stream().filter(Files::isRegularFile).toList()) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                Optional<String> hit = lines.filter(l -> l.contains(MARKER)).findFirst();
                if (hit.isPresent()) {
                    return Optional.of(file.getFileName() + ": " + hit.get().trim());
                }
            } catch (IOException | UncheckedIOException unreadable) {
                // not text we can read: not a log of ours
            }
        }
        return Optional.empty();
    }
}
