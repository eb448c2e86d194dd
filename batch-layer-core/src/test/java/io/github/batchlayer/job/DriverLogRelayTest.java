package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.batchlayer.job.contract.ProgressLine;
import io.github.batchlayer.log.BuildLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class DriverLogRelayTest {

    private static final class Collected implements BuildLog {
        final List<String> lines = new ArrayList<>();

        @Override public synchronized void info(String m) { lines.add(m); }
        @Override public void warn(String m) { lines.add("WARN " + m); }
        @Override public void error(String m) { lines.add("ERROR " + m); }
        @Override public void debug(String m) { }
    }

    private static List<String> relayed(Path log, boolean showLogs) {
        Collected build = new Collected();
        // close() relays what is in the file: no waiting on the follower's polls
        DriverLogRelay.follow(log, "spark-ingest", build, showLogs).close();
        return build.lines;
    }

    @Test
    void progressAlwaysTheRestOnlyWithShowLogsMasked(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("spark-ingest.log");
        Files.writeString(log, String.join("\n",
                "ingest: holding the writer lease",
                ProgressLine.MARKER + "ingest: stage 0 parquet at X: 1/2 tasks, 5 s",
                "WARN kafka.sasl.jaas.config=secret-stuff",
                "unfinished line without newline"), StandardCharsets.UTF_8);
        assertEquals(List.of("ingest: stage 0 parquet at X: 1/2 tasks, 5 s"), relayed(log, false));
        List<String> all = relayed(log, true);
        assertEquals(4, all.size(), all.toString());
        assertEquals("spark-ingest> unfinished line without newline", all.get(3));
        assertEquals("spark-ingest> ingest: holding the writer lease", all.get(0));
        assertEquals("ingest: stage 0 parquet at X: 1/2 tasks, 5 s", all.get(1));
        assertEquals(false, all.get(2).contains("secret-stuff"), all.get(2));
    }

    @Test
    void noLogYetIsNothingToRelay(@TempDir Path dir) {
        assertEquals(List.of(), relayed(dir.resolve("none.log"), true));
    }
}
