package io.github.batchlayer.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Application class-data sharing (AppCDS, JDK 13+) for forked JVMs that load many classes, like a Spark driver.
 * The first run with a given JDK and classpath records the classes it loaded in an archive
 * ({@code -XX:ArchiveClassesAtExit}); later runs map that archive ({@code -XX:SharedArchiveFile}) instead of
 * reading, parsing and verifying every class again, which took the ingest job's first seconds.
 *
 * <p>Archives live in a per-user cache directory, named by a hash of the JDK and of each classpath entry's path,
 * size and modification time: a changed jar simply gives a new archive. The JVM checks the archive against its
 * classpath itself and runs without it when they differ, so a stale archive costs speed, never correctness. A run
 * records into a file of its own, renamed into place only after it exited cleanly, so concurrent builds never
 * read a half-written archive. When a new archive is recorded, the cache is trimmed to the few most recently
 * used archives (see {@link #deleteUnused}).
 */
public final class ClassDataSharing {
    private static final Duration UNUSED_FOR = Duration.ofDays(30);
    private static final String SUFFIX = ".jsa";
    private static final String RECORDING = ".recording-";
    /** Drivers' archives (~200 MB) and the embedded cluster's (Kafka's, Hadoop's: ~30-60 MB). */
    private static final int KEPT = 6;

    private final Path archive;
    private final Path recording;

    private ClassDataSharing(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /** {@code $XDG_CACHE_HOME/batch-layer/cds}, or {@code ~/.cache/batch-layer/cds}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("batch-layer").resolve("cds");
    }

    /**
     * Plans class-data sharing for one run, or returns null when it cannot apply: CDS only archives classes
     * from jar files, so a classpath with a directory before a jar (classes of a build) is left alone, as is a
     * cache directory that cannot be created. Directories after the last jar (a Hadoop configuration directory)
     * are fine: the JVM archives nothing from them, and they are no part of the archive's identity.
     */
    public static ClassDataSharing plan(Path cacheDir, Path javaExecutable, List<Path> classpath) {
        List<Path> jars = archivedJars(classpath);
        if (cacheDir == null || jars == null) {
            return null;
        }
        try {
            Files.createDirectories(cacheDir);
            Path archive = cacheDir.resolve(key(javaExecutable, jars) + SUFFIX);
            if (Files.isRegularFile(archive)) {
                Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));   // in use: keep it
                return new ClassDataSharing(archive, null);
            }
            return new ClassDataSharing(archive,
                    cacheDir.resolve(archive.getFileName() + RECORDING + ProcessHandle.current().pid()));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The options that map the archive an earlier run recorded for {@code classpath}, or none when there is none
     * yet (nothing is recorded). For long-running JVMs, whose exit nobody awaits: they use the archive a one-shot
     * JVM of the same jars recorded, their own classpath starting with {@code classpath} (the JVM accepts entries
     * appended after the archived ones, e.g. the watchdog's jar).
     */
    public static List<String> mapIfRecorded(Path cacheDir, Path javaExecutable, List<Path> classpath) {
        ClassDataSharing planned = plan(cacheDir, javaExecutable, classpath);
        return planned == null || planned.recording() ? List.of() : planned.jvmArgs();
    }

    /** The leading jars of the classpath, or null when a directory comes before a jar. */
    private static List<Path> archivedJars(List<Path> classpath) {
        int jars = 0;
        while (jars < classpath.size() && Files.isRegularFile(classpath.get(jars))) {
            jars++;
        }
        for (Path rest : classpath.subList(jars, classpath.size())) {
            if (Files.isRegularFile(rest)) {
                return null;
            }
        }
        return jars == 0 ? null : classpath.subList(0, jars);
    }

    /** The JVM options for this run: map the archive, or record one at exit. */
    public List<String> jvmArgs() {
        // recording warns at exit about every class it cannot archive (hundreds of lines): they would bury a
        // failed run's own error at the end of its log
        return recording == null ? List.of("-XX:SharedArchiveFile=" + archive)
                : List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds*=off");
    }

    /** True when this run records the archive (and so starts no faster, and takes a few seconds more to exit). */
    public boolean recording() {
        return recording != null;
    }

    /** After the run: a recording of a clean run becomes the archive; any other is dropped. */
    public void finish(boolean exitedCleanly) {
        if (recording != null) {
            new Recording(recording.toString(), archive.toString()).finish(exitedCleanly);
        }
    }

    /** This run's recording, to be finished by whoever sees the JVM stop (the warm driver's, by cluster-down). */
    public Recording pendingRecording() {
        return recording == null ? null : new Recording(recording.toString(), archive.toString());
    }

    /** A recording in progress and the archive it becomes (paths as text: it is kept in the driver's record). */
    public record Recording(String file, String archive) {
        /**
         * @param exitedCleanly the JVM stopped as asked (a SIGTERM dumps the archive as an exit does): the
         *                      recording becomes the archive; else it is dropped
         */
        public void finish(boolean exitedCleanly) {
            Path recording = Path.of(file);
            try {
                if (exitedCleanly && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                    Path into = Path.of(archive);
                    Files.move(recording, into, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    deleteUnused(into.getParent());
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // a cache: the next run records again
            }
        }
    }

    /**
     * Keeps the cache small (an archive is ~200 MB): the {@value #KEPT} most recently used archives that were used
     * within 30 days stay; so do recordings of builds still running. A rebuilt jar, a new JDK or a killed recording
     * otherwise leaves a dead archive behind each time.
     */
    private static void deleteUnused(Path cacheDir) throws IOException {
        Instant before = Instant.now().minus(UNUSED_FOR);
        List<Path> archives;
        List<Path> recordings;
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> all = files.toList();
            archives = all.stream().filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ClassDataSharing::lastModified).reversed()).toList();
            recordings = all.stream().filter(p -> p.getFileName().toString().contains(RECORDING)).toList();
        }
        for (int i = 0; i < archives.size(); i++) {
            if (i >= KEPT || lastModified(archives.get(i)).isBefore(before)) {
                Files.deleteIfExists(archives.get(i));
            }
        }
        for (Path recording : recordings) {
            String name = recording.getFileName().toString();
            String pid = name.substring(name.lastIndexOf(RECORDING) + RECORDING.length());
            if (!pid.chars().allMatch(Character::isDigit) || ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                Files.deleteIfExists(recording);
            }
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH; // gone meanwhile: oldest, deleting it again is harmless
        }
    }

    private static String key(Path javaExecutable, List<Path> classpath) throws IOException {
        StringBuilder identity = new StringBuilder(javaExecutable.toAbsolutePath().toString())
                .append('\n').append(Files.getLastModifiedTime(javaExecutable.toRealPath()));
        for (Path entry : classpath) {
            identity.append('\n').append(entry.toAbsolutePath()).append(' ').append(Files.size(entry)).append(' ')
                    .append(Files.getLastModifiedTime(entry).toMillis());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
