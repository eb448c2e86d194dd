package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

class ReadinessTest {

    @TempDir
    Path temp;

    @Test
    void failsFastWithTheLogTailWhenTheProcessIsDead() throws Exception {
        Path log = temp.resolve("kafka.log");
        Files.writeString(log, "starting\nERROR port in use\n");
        AtomicInteger probes = new AtomicInteger();
        long started = System.nanoTime();
        ClusterException e = assertThrows(ClusterException.class, () -> Readiness.await("kafka",
                Duration.ofSeconds(30), () -> false, probes::incrementAndGet, log));
        assertTrue((System.nanoTime() - started) / 1e9 < 5, "did not wait for the timeout");
        assertEquals(0, probes.get(), "no probe of a dead process");
        assertTrue(e.getMessage().startsWith("kafka exited before it was ready; last lines of " + log),
                e.getMessage());
        assertTrue(e.getMessage().contains("ERROR port in use"), e.getMessage());
    }

    @Test
    void timesOutWithTheLastFailure() throws Exception {
        Path log = temp.resolve("namenode.log");
        Files.writeString(log, "still formatting\n");
        AtomicInteger attempts = new AtomicInteger();
        ClusterException e = assertThrows(ClusterException.class, () -> Readiness.await("namenode",
                Duration.ofSeconds(1), () -> true, () -> {
                    throw new IOException("refused " + attempts.incrementAndGet());
                }, log));
        assertTrue(attempts.get() >= 2, "retried: " + attempts.get());
        assertTrue(e.getMessage().startsWith("namenode did not answer within 1 s (IOException: refused "
                + attempts.get() + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("still formatting"), e.getMessage());
    }

    @Test
    void succeedsWhenTheProbePasses() {
        AtomicInteger attempts = new AtomicInteger();
        Readiness.await("spark", Duration.ofSeconds(30), () -> true, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
        }, temp.resolve("none.log"));
        assertEquals(3, attempts.get());
    }
}
