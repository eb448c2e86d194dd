package io.github.batchlayer.cluster.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Recognises a service that failed because its port was taken, from the container logs of a failed start. */
final class PortConflict {

    private static final String MARKER = "Address already in use";

    private PortConflict() {
    }

    static boolean seenIn(List<Path> logs) {
        return first(logs).isPresent();
    }

    static String firstLine(List<Path> logs) {
        return first(logs).orElse(MARKER);
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
