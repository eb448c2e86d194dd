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
    void classpathsWithADirectoryBeforeAJarAreLeftAlone() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertNull(ClassDataSharing.plan(dir.resolve("cache"), java, List.of(classes, jar("a.jar", "a"))));
        assertNull(ClassDataSharing.plan(dir.resolve("cache"), java, List.of(classes)));
        assertNull(ClassDataSharing.plan(null, java, List.of(jar("b.jar", "b"))), "no cache directory: off");
    }

    @Test
    void aDirectoryAfterTheJarsIsNoPartOfTheArchive() throws IOException {
        Path cache = dir.resolve("cache");
        Path a = jar("a.jar", "a");
        ClassDataSharing withConf = ClassDataSharing.plan(cache, java,
                List.of(a, Files.createDirectories(dir.resolve("project-1").resolve("conf"))));
        recordingOf(withConf);
        withConf.finish(true);
        ClassDataSharing otherProject = ClassDataSharing.plan(cache, java,
                List.of(a, Files.createDirectories(dir.resolve("project-2").resolve("conf"))));
        assertFalse(otherProject.recording(), "the archive of the same jars serves another configuration directory");
    }

    @Test
    void aDaemonMapsTheArchiveAOneShotRunRecordedAndRecordsNone() throws IOException {
        Path cache = dir.resolve("cache");
        List<Path> classpath = List.of(jar("a.jar", "a"));
        assertEquals(List.of(), ClassDataSharing.mapIfRecorded(cache, java, classpath), "none recorded yet");
        ClassDataSharing format = ClassDataSharing.plan(cache, java, classpath);
        recordingOf(format);
        format.finish(true);
        List<String> mapping = ClassDataSharing.mapIfRecorded(cache, java, classpath);
        assertEquals(1, mapping.size(), mapping.toString());
        assertTrue(mapping.get(0).startsWith("-XX:SharedArchiveFile=" + cache), mapping.toString());
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

    @Test
    void theCacheKeepsTheSixMostRecentArchivesAndLiveRecordings() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (int i = 0; i < 8; i++) {
            Path archive = Files.writeString(cache.resolve("00000000000" + i + ".jsa"), "a" + i);
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minus(10 - i, ChronoUnit.HOURS)));
        }
        long alive = ProcessHandle.current().pid();
        Path live = Files.writeString(cache.resolve("aaaaaaaaaaaa.jsa.recording-" + alive), "live");
        long dead = deadPid();
        Path killed = Files.writeString(cache.resolve("bbbbbbbbbbbb.jsa.recording-" + dead), "killed");
        ClassDataSharing cds = ClassDataSharing.plan(cache, java, List.of(jar("c.jar", "c")));
        recordingOf(cds);
        cds.finish(true);
        List<String> archives;
        try (var files = Files.list(cache)) {
            archives = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
        assertEquals(6, archives.size(), archives.toString());
        assertTrue(archives.containsAll(List.of("000000000003.jsa", "000000000004.jsa", "000000000005.jsa",
                "000000000006.jsa", "000000000007.jsa")), "the new archive and the five most recently used stay: "
                + archives);
        assertTrue(Files.exists(live), "a running build's recording stays");
        assertFalse(Files.exists(killed), "a killed build's recording goes");
    }

    private static long deadPid() throws IOException {
        Process p = new ProcessBuilder("true").start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return p.pid();
    }
}
