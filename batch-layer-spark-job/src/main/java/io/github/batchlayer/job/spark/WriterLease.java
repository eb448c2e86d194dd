package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The one-writer-at-a-time lease of a raw path: {@code <raw>/_lease.json}, created with
 * {@code create(path, overwrite=false)}, which HDFS performs atomically on the NameNode, so of two ingests
 * starting at the same moment exactly one gets it. The file names the holder (attempt id, host, PID and its
 * start instant, build dir, since when); a daemon thread refreshes its modification time while the holder lives.
 *
 * <p>A holder on this host (same PID namespace) is judged by its PID: gone, or reused by a process that started at
 * another instant, and the lease is taken over at once (what a killed ingest leaves); alive, and it is busy. A
 * holder elsewhere is taken for gone once its lease has not been refreshed for {@link #DEFAULT_EXPIRY} (hosts'
 * clocks must agree to well within that).
 * Only the holder cleans up what earlier runs left, and it checks it still holds the lease just before it
 * commits: a run that lost its lease (paused longer than the expiry) never commits.
 */
public final class WriterLease implements AutoCloseable {
    public static final String FILE_NAME = "_lease.json";
    public static final Duration DEFAULT_EXPIRY = Duration.ofSeconds(60);
    /** System property for the plugin's ITs: a local file; the holder keeps the lease until it exists. */
    public static final String HOLD_UNTIL = "batchlayer.test.holdLeaseUntil";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileSystem fs;
    private final Path file;
    private final String attempt;
    private final ScheduledExecutorService heartbeat;
    private volatile String lostBecause;          // the last heartbeat failure, for the message

    private WriterLease(FileSystem fs, Path file, String attempt, Duration expiry) {
        this.fs = fs;
        this.file = file;
        this.attempt = attempt;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "batch-layer-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, expiry.toMillis() / 6);
        heartbeat.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    /** The lease that says who writes {@code rawRoot}, held by nobody yet or by a live writer. */
    public static Path file(Path rawRoot) {
        return new Path(rawRoot, FILE_NAME);
    }

    /**
     * Takes the lease for {@code attempt}, taking over one whose holder is gone or expired.
     *
     * @throws ConcurrentWriterException when a live writer holds it (the message names it)
     */
    public static WriterLease acquire(FileSystem fs, Path rawRoot, String attempt, WriterIdentity me,
                                      Duration expiry) throws IOException {
        Path file = file(rawRoot);
        fs.mkdirs(rawRoot);
        for (int attempts = 0; attempts < 3; attempts++) {
            if (create(fs, file, attempt, me)) {
                return new WriterLease(fs, file, attempt, expiry);
            }
            Optional<FileStatus> status = status(fs, file);
            if (status.isEmpty()) {
                continue;                                      // released meanwhile: try again
            }
            Holder holder = Holder.read(fs, file);
            long quietMillis = System.currentTimeMillis() - status.get().getModificationTime();
            // a holder on this host is judged by its PID alone: alive means busy, however late its heartbeat
            boolean checkable = holder != null && holder.identity().onThisHost();
            String why = checkable ? (holder.identity().provablyGone() ? "its process is gone" : null)
                    : quietMillis > expiry.toMillis()
                    ? "not refreshed for " + quietMillis / 1000 + " s (expiry " + expiry.toSeconds() + " s)" : null;
            if (why == null) {
                throw new ConcurrentWriterException(rawRoot, holder, quietMillis);
            }
            JobLog.warn("ingest: taking over the lease of " + rawRoot + " from "
                    + (holder == null ? "an unreadable lease" : "attempt " + holder.attempt() + " ("
                    + holder.identity().describe() + ")") + ": " + why);
            fs.delete(file, false);
        }
        Holder holder = Holder.read(fs, file);
        throw new ConcurrentWriterException(rawRoot, holder, 0);
    }

    public String attempt() {
        return attempt;
    }

    /**
     * Fails unless the lease still names this attempt: the fence before a commit, so a run whose lease was taken
     * over (it paused past the expiry) never commits.
     */
    public void checkHeld() {
        Holder now;
        try {
            now = status(fs, file).isPresent() ? Holder.read(fs, file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the writer lease " + file + " before committing", e);
        }
        // what the file says decides, not a failed heartbeat: a refresh that failed once under load loses nothing
        if (now == null || !attempt.equals(now.attempt())) {
            throw new JobRefusedException("ingest lost its lease on " + file.getParent() + " before committing ("
                    + (now == null ? "the lease is gone" : "now held by attempt " + now.attempt() + ", "
                    + now.identity().describe()) + (lostBecause == null ? "" : "; " + lostBecause)
                    + "): nothing was committed by this run");
        }
    }

    /**
     * The plugin's two-writer and second-build ITs: with {@value #HOLD_UNTIL} set to a local file, the holder waits
     * (at most 5 minutes) until that file exists, so a second ingest meets the lease for sure.
     */
    public static void holdIfATestAsks() {
        String until = JobProperties.get(HOLD_UNTIL);
        if (until == null) {
            return;
        }
        JobLog.warn("ingest: " + HOLD_UNTIL + ": holding the lease until " + until + " exists");
        java.nio.file.Path release = java.nio.file.Path.of(until);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!java.nio.file.Files.exists(release) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the heartbeat and removes the lease if it is still this attempt's. */
    @Override
    public void close() throws IOException {
        heartbeat.shutdownNow();
        if (status(fs, file).isPresent()) {
            Holder now = Holder.read(fs, file);
            if (now != null && attempt.equals(now.attempt())) {
                fs.delete(file, false);
            }
        }
    }

    private void refresh() {
        try {
            fs.setTimes(file, System.currentTimeMillis(), -1);
        } catch (IOException | RuntimeException e) {
            lostBecause = "the heartbeat could not refresh it: " + e.getMessage();
        }
    }

    private static boolean create(FileSystem fs, Path file, String attempt, WriterIdentity me) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("attempt", attempt);
        node.set("writer", MAPPER.valueToTree(me));
        node.put("since", Instant.now().toString());
        try (OutputStream out = fs.create(file, false)) {
            out.write(node.toPrettyString().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            if (status(fs, file).isPresent()) {
                return false;                                  // someone else's create won
            }
            throw e;
        }
    }

    private static Optional<FileStatus> status(FileSystem fs, Path file) throws IOException {
        try {
            return Optional.of(fs.getFileStatus(file));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /** What a lease file says, or null when it cannot be read (being written at this moment, or damaged). */
    public record Holder(String attempt, WriterIdentity identity, String since) {
        static Holder read(FileSystem fs, Path file) {
            try (InputStream in = fs.open(file); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                JsonNode node = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
                return new Holder(node.get("attempt").asText(),
                        MAPPER.treeToValue(node.get("writer"), WriterIdentity.class), node.get("since").asText());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** Another live ingest holds the raw path's lease. */
    public static final class ConcurrentWriterException extends JobRefusedException {
        ConcurrentWriterException(Path rawRoot, Holder holder, long quietMillis) {
            super(rawRoot + " is being written by another ingest ("
                    + (holder == null ? "its lease " + file(rawRoot) + " is being written or unreadable"
                    : "attempt " + holder.attempt() + ", " + holder.identity().describe() + ", writing since "
                    + holder.since() + ", lease refreshed " + quietMillis / 1000 + " s ago")
                    + "): nothing was read or written. Wait until it has finished and run ingest again (it lands "
                    + "whatever that one did not), or give this build its own -Dbatch-layer.rawPath");
        }
    }
}
