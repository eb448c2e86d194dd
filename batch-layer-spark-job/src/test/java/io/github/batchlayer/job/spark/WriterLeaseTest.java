package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** The writer lease on Hadoop's local file system (create without overwrite refuses an existing file there too). */
class WriterLeaseTest {
    private static final Duration EXPIRY = Duration.ofSeconds(60);

    private static Path raw(String name) {
        return new Path(TestSpark.dir(name).toUri().toString());
    }

    private static FileSystem fs(Path raw) throws Exception {
        return raw.getFileSystem(new Configuration());
    }

    /** A lease file as another writer would have left it. */
    private static void leaseOf(FileSystem fs, Path raw, WriterIdentity writer) throws Exception {
        try (OutputStream out = fs.create(WriterLease.file(raw), false)) {
            out.write(("{\"attempt\":\"other\",\"writer\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(writer) + ",\"since\":\"2026-01-01T00:00:00Z\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void oneWriterAtATimeAndTheSecondIsToldWho() throws Exception {
        Path raw = raw("lease-two");
        FileSystem fs = fs(raw);
        WriterIdentity me = WriterIdentity.current();
        try (WriterLease first = WriterLease.acquire(fs, raw, "attempt-1", me, EXPIRY)) {
            WriterLease.ConcurrentWriterException e = assertThrows(WriterLease.ConcurrentWriterException.class,
                    () -> WriterLease.acquire(fs, raw, "attempt-2", me, EXPIRY));
            assertTrue(e.getMessage().contains("is being written by another ingest (attempt attempt-1, pid "
                    + me.pid() + " on host " + me.host()), e.getMessage());
            assertTrue(e.getMessage().contains("build dir " + me.directory()), e.getMessage());
            first.checkHeld();
        }
        assertFalse(fs.exists(WriterLease.file(raw)), "released");
        WriterLease.acquire(fs, raw, "attempt-3", me, EXPIRY).close();
    }

    @Test
    void aLeaseWhoseProcessIsGoneIsTakenOver() throws Exception {
        Path raw = raw("lease-dead");
        FileSystem fs = fs(raw);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        WriterIdentity me = WriterIdentity.current();
        WriterIdentity dead = new WriterIdentity(me.host(), me.hostKey(), gone.pid(),
                gone.info().startInstant().map(Object::toString).orElse(null), "/elsewhere");
        leaseOf(fs, raw, dead);
        try (WriterLease lease = WriterLease.acquire(fs, raw, "mine", me, EXPIRY)) {
            lease.checkHeld();
        }
    }

    @Test
    void aLeaseFromAnotherHostCountsUntilItExpires() throws Exception {
        Path raw = raw("lease-remote");
        FileSystem fs = fs(raw);
        WriterIdentity remote = new WriterIdentity("elsewhere", "elsewhere/pid:[1]", 1, null, "/build");
        leaseOf(fs, raw, remote);
        WriterIdentity me = WriterIdentity.current();
        assertThrows(WriterLease.ConcurrentWriterException.class, () -> WriterLease.acquire(fs, raw, "m", me, EXPIRY));
        // no heartbeat for longer than the expiry: its writer is taken for gone
        fs.setTimes(WriterLease.file(raw), System.currentTimeMillis() - EXPIRY.toMillis() * 2, -1);
        try (WriterLease lease = WriterLease.acquire(fs, raw, "m", me, EXPIRY)) {
            assertEquals("m", lease.attempt());
        }
    }

    @Test
    void aRunThatLostItsLeaseDoesNotCommit() throws Exception {
        Path raw = raw("lease-lost");
        FileSystem fs = fs(raw);
        WriterIdentity me = WriterIdentity.current();
        try (WriterLease lease = WriterLease.acquire(fs, raw, "paused", me, EXPIRY)) {
            fs.delete(WriterLease.file(raw), false);                // taken over while paused
            leaseOf(fs, raw, new WriterIdentity("elsewhere", "elsewhere", 7, null, "/b"));
            JobRefusedException e = assertThrows(JobRefusedException.class, lease::checkHeld);
            assertTrue(e.getMessage().contains("now held by attempt other"), e.getMessage());
        }
        assertTrue(fs.exists(WriterLease.file(raw)), "closing never removes another attempt's lease");
    }
}
