package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's {@code cluster/} directory (docker-compose.yml and the image build contexts) travels inside the
 * core jar; this copies it to a real directory, because build contexts and bind mounts need files on disk.
 */
final class ClusterBundle {

    static final String RESOURCE = "io/github/batchlayer/cluster/docker/bundle/";
    static final String COMPOSE_FILE = "docker-compose.yml";

    private ClusterBundle() {
    }

    /** Unpacks the bundle into {@code target} (replacing an older copy) and returns its compose file. */
    static Path unpack(Path target) {
        copyDirectoryOf(RESOURCE + COMPOSE_FILE, target);
        return target.resolve(COMPOSE_FILE);
    }

    /**
     * Copies the class-path directory that holds {@code anchor} (a resource such as a class file or the compose
     * file), from the jar or from a classes directory, to {@code target}, replacing an older copy.
     */
    static void copyDirectoryOf(String anchor, Path target) {
        URL found = ClusterBundle.class.getClassLoader().getResource(anchor);
        if (found == null) {
            throw new ClusterException("the plugin's " + anchor + " is missing from its jar");
        }
        try {
            URI uri = found.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    copyTree(jar.provider().getPath(uri).getParent(), target);
                } catch (UnsupportedOperationException alreadyOpen) {
                    // a file system someone else opened is not ours to close
                    copyTree(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent(), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + anchor + " to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        DockerFiles.deleteTree(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path to = target.resolve(source.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            if (to.getFileName().toString().endsWith(".sh")) {
                // the jar does not keep the executable bit; the scripts are the containers' commands
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
