package io.github.batchlayer.cluster.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHashTest {

    @TempDir
    Path dir;

    private String hashOf(Path context, Path jar, Map<String, String> args) {
        return new ContentHash().directory(context).values("arg", args).file("jars/a.jar", jar).hex();
    }

    @Test
    void equalInputsGiveEqualHashesAndAnyChangeChangesIt() throws Exception {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Files.createDirectories(context.resolve("sub"));
        Files.writeString(context.resolve("sub/run.sh"), "echo\n");
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar-bytes");
        Map<String, String> args = Map.of("BASE_IMAGE", "batch-layer/jre:17-bookworm", "V", "1");

        String first = hashOf(context, jar, args);
        assertEquals(16, first.length());
        assertEquals(first, hashOf(context, jar, Map.of("V", "1", "BASE_IMAGE", "batch-layer/jre:17-bookworm")));

        assertNotEquals(first, hashOf(context, jar, Map.of("BASE_IMAGE", "eclipse-temurin:17-jre", "V", "1")));
        Files.writeString(jar, "other-bytes");
        assertNotEquals(first, hashOf(context, jar, args));
        Files.writeString(jar, "jar-bytes");
        Files.writeString(context.resolve("sub/run.sh"), "echo changed\n");
        assertNotEquals(first, hashOf(context, jar, args));
    }

    @Test
    void releasedJarsCountByNameAndSizeSnapshotsByContent() throws Exception {
        Path release = Files.writeString(dir.resolve("spark-core_2.13-4.2.0.jar"), "aaaa");
        Path snapshot = Files.writeString(dir.resolve("job-0.1.0-SNAPSHOT.jar"), "aaaa");
        String releaseHash = new ContentHash().jar(release).hex();
        String snapshotHash = new ContentHash().jar(snapshot).hex();
        Files.writeString(release, "bbbb");
        Files.writeString(snapshot, "bbbb");
        assertEquals(releaseHash, new ContentHash().jar(release).hex());
        assertNotEquals(snapshotHash, new ContentHash().jar(snapshot).hex());
        Files.writeString(release, "bbbbb");
        assertNotEquals(releaseHash, new ContentHash().jar(release).hex());
    }

    @Test
    void lengthPrefixesKeepConcatenationsApart() {
        assertNotEquals(new ContentHash().text("ab").text("c").hex(), new ContentHash().text("a").text("bc").hex());
    }
}
