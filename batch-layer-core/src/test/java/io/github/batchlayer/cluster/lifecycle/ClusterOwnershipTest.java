package io.github.batchlayer.cluster.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.log.BuildLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims against real processes: a running child stands for a live build, a finished one for a dead build. */
class ClusterOwnershipTest {
    private static final BuildLog LOG = BuildLog.console();

    @TempDir
    Path workDir;

    private static ClusterOwner ownerOf(Process p, boolean kept) {
        return new ClusterOwner(p.pid(), p.info().startInstant().map(Instant::toString).orElse(null),
                ClusterOwner.current(kept).host(), kept, "2026-01-01T00:00:00Z");
    }

    private void write(ClusterOwner owner) throws Exception {
        new ObjectMapper().writeValue(ClusterOwnership.file(workDir).toFile(), owner);
    }

    private void writeState() {
        new ClusterState("external", "run", new ClusterEndpoints("k:1", "hdfs://h:1", null, "local[*]", null),
                List.of(), List.of(), 0, 0).write(workDir);
    }

    @Test
    void aLiveBuildsDirectoryIsRefusedNamingItsPid() throws Exception {
        Process build = new ProcessBuilder("sleep", "60").start();
        try {
            write(ownerOf(build, false));
            writeState();
            ClusterException e = assertThrows(ClusterException.class,
                    () -> ClusterOwnership.claim(workDir, false, LOG));
            assertTrue(e.getMessage().contains("belongs to a build that is still running: pid " + build.pid()),
                    e.getMessage());
            assertTrue(Files.exists(ClusterState.file(workDir)), "nothing was stopped");
            assertEquals(build.pid(), ClusterOwnership.otherLiveBuild(workDir).orElseThrow().pid());
        } finally {
            build.destroy();
            build.waitFor();
        }
        // the same PID, now gone: swept, and the claim is this process's
        assertTrue(ClusterOwnership.claim(workDir, false, LOG), "the dead owner's cluster was stopped");
        assertFalse(Files.exists(ClusterState.file(workDir)));
        assertTrue(ClusterOwnership.otherLiveBuild(workDir).isEmpty());
    }

    @Test
    void aReusedPidIsNotTheOwner() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            ClusterOwner live = ownerOf(other, false);
            write(new ClusterOwner(live.pid(), "2001-01-01T00:00:00Z", live.host(), false, live.since()));
            assertFalse(ClusterOwnership.claim(workDir, false, LOG));
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void aKeptClusterIsUsedNotReplaced() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        write(ownerOf(gone, true));                  // mvn batch-layer:cluster-up has exited, its cluster runs
        writeState();
        ClusterException e = assertThrows(ClusterException.class, () -> ClusterOwnership.claim(workDir, false, LOG));
        assertTrue(e.getMessage().contains("a kept cluster runs from " + workDir), e.getMessage());
        assertTrue(e.getMessage().contains("mvn batch-layer:cluster-down"), e.getMessage());
        assertTrue(ClusterOwnership.otherLiveBuild(workDir).isEmpty(), "cluster-down may stop a kept cluster");

        ClusterStopper.stopAndRelease(workDir, LOG);
        assertFalse(ClusterOwnership.claim(workDir, true, LOG));
    }

    @Test
    void theSameBuildMayClaimAgain() {
        assertFalse(ClusterOwnership.claim(workDir, false, LOG));
        writeState();
        assertTrue(ClusterOwnership.claim(workDir, false, LOG), "its own earlier cluster is replaced, as before");
        assertTrue(Files.exists(ClusterOwnership.file(workDir)));
    }
}
