package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.batchlayer.log.BuildLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class LogFollowerTest {

    @TempDir
    Path dir;

    private final List<String> printed = Collections.synchronizedList(new ArrayList<>());

    private final BuildLog log = new BuildLog() {
        @Override public void info(String m) { printed.add(m); }
        @Override public void warn(String m) { printed.add("WARN " + m); }
        @Override public void error(String m) { printed.add("ERROR " + m); }
        @Override public void debug(String m) { }
    };

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void printsTheNamedServicesLinesWrittenAfterItStartedPrefixedWithTheirName() throws IOException {
        Path kafka = dir.resolve("kafka.log");
        Path namenode = dir.resolve("namenode.log");
        append(kafka, "from an earlier run\n");
        append(namenode, "earlier too\n");
        LogFollower follower = LogFollower.start(ShowLogs.parse("kafka, datanode"), log);
        follower.followDirectory(dir);
        append(kafka, "started\r\nlistening on 127.0.0.1:9092\n");
        append(namenode, "not shown\n");
        append(dir.resolve("datanode.log"), "a log that appeared later\nno newline at the end");
        follower.close();

        List<String> expected = List.of("kafka> started", "kafka> listening on 127.0.0.1:9092",
                "datanode> a log that appeared later", "datanode> no newline at the end");
        assertEquals(expected.stream().sorted().toList(), printed.stream().sorted().toList());
        assertEquals(List.of("kafka> started", "kafka> listening on 127.0.0.1:9092"),
                printed.stream().filter(l -> l.startsWith("kafka>")).toList(), "a file's lines stay in order");
    }

    @Test
    void startsOverWhenAFileIsWrittenAnew() throws IOException {
        Path file = dir.resolve("driver.out");
        append(file, "an old run's long line that is longer than the new content\n");
        LogFollower follower = LogFollower.start(ShowLogs.parse("true"), log);
        follower.follow("spark-driver", file);
        Files.writeString(file, "new run\n", StandardCharsets.UTF_8);
        follower.close();
        assertEquals(List.of("spark-driver> new run"), printed);
    }

    @Test
    void followsNothingWhenNoLogIsShown() throws IOException {
        LogFollower follower = LogFollower.start(ShowLogs.NONE, log);
        follower.followDirectory(dir);
        append(dir.resolve("kafka.log"), "started\n");
        follower.close();
        follower.close();
        assertEquals(List.of(), printed);
    }
}
