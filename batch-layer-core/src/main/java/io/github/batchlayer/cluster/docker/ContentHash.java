package io.github.batchlayer.cluster.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything an image is built from: the files of its build context (by relative path and content),
 * the jars Maven resolved (by file name and content) and the build arguments. Equal inputs give an equal hash, so
 * the hash is the image's tag and an existing tag means "already built".
 */
public final class ContentHash {

    private final MessageDigest digest;

    public ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds every regular file under a directory, in a fixed (sorted) order. */
    public ContentHash directory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .forEach(relative -> file("context/" + relative, dir.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build context " + dir, e);
        }
        return this;
    }

    /** Adds one file under a name (the name, not the file's location, is what matters to the image). */
    public ContentHash file(String name, Path file) {
        text("file:" + name);
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return this;
    }

    /**
     * Adds a jar from the local repository. A released artifact never changes under its coordinates (its file name
     * is {@code artifactId-version[-classifier].jar}), so name and size stand for its content; reading Spark's
     * 300 MB on every warm cluster-up would cost seconds for nothing. Snapshots are hashed by content.
     */
    public ContentHash jar(Path jar) {
        String name = jar.getFileName().toString();
        if (name.contains("SNAPSHOT")) {
            return file("jars/" + name, jar);
        }
        try {
            return text("jar:" + name + ":" + Files.size(jar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    public ContentHash values(String kind, Map<String, String> values) {
        new TreeMap<>(values).forEach((k, v) -> text(kind + ":" + k + "=" + v));
        return this;
    }

    public ContentHash text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        // length prefix: "ab"+"c" and "a"+"bc" must not collide
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The first 16 hex digits: plenty to tell builds apart, short enough for a readable tag. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
