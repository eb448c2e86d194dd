package io.github.batchlayer.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataSharingTest {
    @TempDir
    Path dir;

    private final Path java = JavaProcessSpec.currentJava();

    private Path jar(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Plays the JVM's part: -XX:ArchiveClassesAtExit=F writes F at exit. */
    private static Path recordingOf(ClassDataSharing cds) throws IOException {
        String arg = cds.jvmArgs().get(0);
        assertTrue(arg.startsWith("-XX:ArchiveClassesAtExit="), arg);
        return Files.writeString(Path.of(arg.substring(arg.indexOf('=') + 1)), "archive");
    }

    @Test
    void theFirstCleanRunRecordsAndLaterRunsMapTheArchive() throws IOException {
        Path cache = dir.resolve("cache");
        List<Path> classpath = List.of(jar("a.jar", "a"), jar("b.jar", "b"));
        ClassDataSharing first = ClassDataSharing.plan(cache, java, classpath);
        assertTrue(first.recording());
        recordingOf(first);
        first.finish(true);

        ClassDataSharing second = ClassDataSharing.plan(cache, java, classpath);
        assertFalse(second.recording());
        String arg = second.jvmArgs().get(0);
        assertTrue(arg.startsWith("-XX:SharedArchiveFile=" + cache), arg);
        assertTrue(Files.isRegularFile(Path.of(arg.substring(arg.indexOf('=') + 1))));
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count(), "only the archive, no recording left");
        }
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        Path cache = dir.resolve("cache");
        List<Path> classpath = List.of(jar("a.jar", "a"));
        ClassDataSharing failed = ClassDataSharing.plan(cache, java, classpath);
        recordingOf(failed);
        failed.finish(false);
        try (var files = Files.list(cache)) {
            assertEquals(0, files.count());
        }
        assertTrue(ClassDataSharing.plan(cache, java, classpath).recording(), "the next run records again");
    }

    @Test
    void aChangedJarGivesAnotherArchive() throws IOException {
        Path cache = dir.resolve("cache");
        Path a = jar("a.jar", "a");
        String before = ClassDataSharing.plan(cache, java, List.of(a)).jvmArgs().get(0);
        Files.writeString(a, "a, rebuilt");
        String after = ClassDataSharing.plan(cache, java, List.of(a)).jvmArgs().get(0);
        assertNotEquals(before.replaceAll("recording-.*", ""), after.replaceAll("recording-.*", ""));
    }

    @Test
    void classpathsWithDirectoriesAreLeftAlone() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertNull(ClassDataSharing.plan(dir.resolve("cache"), java, List.of(jar("a.jar", "a"), classes)));
        assertNull(ClassDataSharing.plan(null, java, List.of(jar("b.jar", "b"))), "no cache directory: off");
    }

    @Test
    void archivesUnusedForAMonthGoWhenANewOneIsRecorded() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(cache.resolve("0123456789ab.jsa"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(40, ChronoUnit.DAYS)));
        Path recent = Files.writeString(cache.resolve("ba9876543210.jsa"), "recent");
        ClassDataSharing cds = ClassDataSharing.plan(cache, java, List.of(jar("a.jar", "a")));
        recordingOf(cds);
        cds.finish(true);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }
}
