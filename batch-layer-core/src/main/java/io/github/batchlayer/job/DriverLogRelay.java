package io.github.batchlayer.job;

import io.github.batchlayer.job.contract.ProgressLine;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.FileTail;
import io.github.batchlayer.security.SensitiveKeys;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Follows a job's log while the job runs and relays it into the build output: the driver's progress lines
 * ({@link ProgressLine}) always, every other line only with {@code showLogs} (prefixed with the driver's name,
 * credentials masked). Works the same for a fresh driver and the warm one: both write the job's log.
 */
final class DriverLogRelay implements AutoCloseable {
    private static final long POLL_MILLIS = 500;

    private final String name;
    private final BuildLog log;
    private final boolean showLogs;
    private final Thread thread;
    private final FileTail tail;
    private volatile boolean running = true;

    private DriverLogRelay(Path file, String name, BuildLog log, boolean showLogs) {
        this.name = name;
        this.log = log;
        this.showLogs = showLogs;
        this.tail = new FileTail(file, 0);
        this.thread = new Thread(this::follow, "batch-layer-driver-log-" + name);
        this.thread.setDaemon(true);
    }

    static DriverLogRelay follow(Path file, String name, BuildLog log, boolean showLogs) {
        DriverLogRelay relay = new DriverLogRelay(file, name, log, showLogs);
        relay.thread.start();
        return relay;
    }

    private void follow() {
        while (running) {
            readNew();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void readNew() {
        try {
            tail.readNew(this::relay);
        } catch (IOException e) {
            // the log is being replaced: the next poll reads it again
        }
    }

    private void relay(String line) {
        var progress = ProgressLine.of(line);
        if (progress.isPresent()) {
            log.info(progress.get());
        } else if (showLogs) {
            log.info(name + "> " + SensitiveKeys.maskLine(line));
        }
    }

    /** Relays what the job wrote last, then stops following. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readNew();
        synchronized (this) {
            tail.flushPartialLine(this::relay);   // a last line the driver did not end
        }
    }
}
