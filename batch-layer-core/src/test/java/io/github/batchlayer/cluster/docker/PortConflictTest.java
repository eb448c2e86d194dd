package io.github.batchlayer.cluster.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortConflictTest {

    @Test
    void findsABindFailureOnlyInTheLogsItIsGiven(@TempDir Path dir) throws Exception {
        Path datanode = Files.writeString(dir.resolve("datanode.log"), "INFO starting\n"
                + "java.net.BindException: Problem binding to [localhost:37605] java.net.BindException: "
                + "Address already in use\n");
        Path kafka = Files.writeString(dir.resolve("kafka.log"), "INFO started\n");
        assertTrue(PortConflict.seenIn(List.of(kafka, datanode)));
        assertTrue(PortConflict.firstLine(List.of(kafka, datanode)).startsWith("datanode.log: java.net.BindException"));
        assertFalse(PortConflict.seenIn(List.of(kafka, dir.resolve("missing.log"))));
    }

    @Test
    void countsOnlyWhatAForkedJvmAppendedSinceTheStart(@TempDir Path dir) throws Exception {
        Path datanode = Files.writeString(dir.resolve("datanode.log"), "an earlier run: java.net.BindException: "
                + "Address already in use\n");
        Map<Path, Long> before = Map.of(datanode, Files.size(datanode));
        Files.writeString(datanode, "INFO this run started\n", StandardOpenOption.APPEND);
        assertTrue(PortConflict.sinceSizes(List.of(datanode), before).isEmpty(), "an earlier run's conflict");
        Files.writeString(datanode, "java.net.BindException: Address already in use\n", StandardOpenOption.APPEND);
        assertTrue(PortConflict.sinceSizes(List.of(datanode), before).orElseThrow().startsWith("datanode.log: "));
    }
}
