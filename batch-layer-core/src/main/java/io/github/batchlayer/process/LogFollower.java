package io.github.batchlayer.process;

import io.github.batchlayer.log.BuildLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams log files into the build log while they grow, each line prefixed with its service's name
 * ({@code kafka> ...}), for {@code -Dbatch-layer.showLogs}. It reads files, so it serves every launcher alike:
 * forked JVMs write their output to {@code logs/<service>.log}, and the docker launcher copies each container's
 * output there. One daemon thread polls twice a second; {@link #close()} prints what was written until then.
 *
 * <pre>{@code
 * LogFollower follower = LogFollower.start(ShowLogs.parse("kafka,spark-driver"), log);
 * follower.followDirectory(workDir.resolve("logs"));        // the services' logs, as they appear
 * follower.follow("spark-driver", driverLog);               // one more file, from its current end
 * ...
 * follower.close();
 * }</pre>
 */
public final class LogFollower implements AutoCloseable {

    private static final long POLL_MILLIS = 500;
    private static final String SUFFIX = ".log";

    private final ShowLogs which;
    private final BuildLog log;
    private final Map<Path, Followed> files = new LinkedHashMap<>();
    private final List<Path> directories = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    private LogFollower(ShowLogs which, BuildLog log) {
        this.which = which;
        this.log = log;
        this.thread = new Thread(this::run, "batch-layer-log-follower");
        thread.setDaemon(true); // never keeps Maven's JVM alive
    }

    /**
     * Starts following nothing yet; {@link #follow} and {@link #followDirectory} add what to follow. With
     * {@link ShowLogs#NONE} nothing is ever followed and no thread starts.
     */
    public static LogFollower start(ShowLogs which, BuildLog log) {
        LogFollower follower = new LogFollower(which, log);
        if (which.any()) {
            follower.thread.start();
        }
        return follower;
    }

    /**
     * Follows one file from its current end (so call it before the process that writes it starts), if the
     * selection names {@code service}; a file that does not exist yet is followed from its start once it does.
     */
    public synchronized void follow(String service, Path file) {
        if (which.includes(service)) {
            files.putIfAbsent(file.toAbsolutePath(), new Followed(service, file.toAbsolutePath(), sizeOf(file)));
        }
    }

    /**
     * Follows every {@code <service>.log} in the directory that the selection names: those there now from their
     * current end (their content is from earlier runs), those that appear later from their start.
     */
    public synchronized void followDirectory(Path dir) {
        Path absolute = dir.toAbsolutePath();
        if (!directories.contains(absolute)) {
            directories.add(absolute);
            logsIn(absolute).forEach(file -> follow(serviceOf(file), file));
        }
    }

    /** Prints what the files hold until now, then stops following. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.interrupt();
        try {
            thread.join(POLL_MILLIS * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            poll();
            files.values().forEach(Followed::flushPartialLine);
        }
    }

    private void run() {
        while (!closed) {
            synchronized (this) {
                poll();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return; // closed
            }
        }
    }

    private void poll() {
        for (Path dir : directories) {
            for (Path file : logsIn(dir)) {
                String service = serviceOf(file);
                if (which.includes(service)) {
                    files.putIfAbsent(file, new Followed(service, file, 0));
                }
            }
        }
        files.values().forEach(Followed::readNew);
    }

    /**
     * The services' logs of a directory. The Spark drivers' logs ({@code spark-driver.log}, {@code
     * spark-<goal>.log}) are left to the goal that runs the job: it relays that job's lines itself, and following
     * the files too would print each line twice.
     */
    private static List<Path> logsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> !isDriverLog(serviceOf(p))).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the directory is being replaced: the next poll sees it again
        }
    }

    private static boolean isDriverLog(String service) {
        return service.startsWith("spark-") && !service.equals("spark-master") && !service.equals("spark-worker");
    }

    private static String serviceOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** One file and how far it was printed. */
    private final class Followed {
        private final String service;
        private final Path file;
        private final FileTail tail;

        Followed(String service, Path file, long position) {
            this.service = service;
            this.file = file;
            this.tail = new FileTail(file, position);
        }

        void readNew() {
            try {
                tail.readNew(this::print);
            } catch (IOException e) {
                log.debug("cannot read " + file + " to show it: " + e.getMessage());
            }
        }

        void flushPartialLine() {
            tail.flushPartialLine(this::print);
        }

        private void print(String line) {
            log.info(service + "> " + (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
    }
}
