package io.github.batchlayer.cluster.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small file operations the docker launcher needs for build contexts. */
final class DockerFiles {

    private DockerFiles() {
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /**
     * Puts a jar into a build context: a hard link when the local repository is on the same file system (Spark
     * alone is ~300 MB, copying it on every cold build is waste), a copy otherwise.
     */
    static void linkOrCopy(Path source, Path target) {
        try {
            Files.deleteIfExists(target);
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + source + " into " + target, e);
        }
    }
}
