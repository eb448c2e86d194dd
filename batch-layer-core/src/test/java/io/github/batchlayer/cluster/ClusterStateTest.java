package io.github.batchlayer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

class ClusterStateTest {

    @TempDir
    Path temp;

    private static ClusterState state(String runId) {
        return new ClusterState("embedded", runId,
                new ClusterEndpoints("127.0.0.1:9092", "hdfs://127.0.0.1:8020", null, "local[*]"),
                List.of(new ServiceProcess("kafka", 1234, "/w/logs/kafka.args", "/w/logs/kafka.log")),
                List.of("c0ffee"), 1_700_000_000_000L, 12.5);
    }

    @Test
    void roundTrip() {
        Path work = temp.resolve("new/dir");
        ClusterState written = state("run-1");
        written.write(work);
        assertTrue(Files.isRegularFile(ClusterState.file(work)));
        assertEquals(Optional.of(written), ClusterState.read(work));
    }

    @Test
    void writeReplacesAtomically() throws Exception {
        state("run-1").write(temp);
        state("run-2").write(temp);
        assertEquals("run-2", ClusterState.read(temp).orElseThrow().runId());
        try (var files = Files.list(temp)) {
            assertEquals(List.of(ClusterState.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temp file left behind");
        }
    }

    @Test
    void nullListsBecomeEmpty() {
        ClusterState s = new ClusterState("external", "r", new ClusterEndpoints("k:1", null, null, null), null, null,
                0, 0);
        assertEquals(List.of(), s.processes());
        assertEquals(List.of(), s.containers());
        s.write(temp);
        assertEquals(s, ClusterState.read(temp).orElseThrow());
    }

    @Test
    void missingStateIsEmptyAndDeleteIsIdempotent() {
        assertFalse(ClusterState.read(temp).isPresent());
        state("x").write(temp);
        ClusterState.delete(temp);
        ClusterState.delete(temp);
        assertFalse(ClusterState.read(temp).isPresent());
    }

    @Test
    void aCorruptStateFileIsNamedInTheError() throws Exception {
        Files.writeString(ClusterState.file(temp), "{ not json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ClusterState.read(temp));
        assertTrue(e.getMessage().contains("cannot read cluster state " + ClusterState.file(temp)), e.getMessage());
    }
}
