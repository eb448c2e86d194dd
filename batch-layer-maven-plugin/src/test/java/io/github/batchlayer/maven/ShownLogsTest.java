package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.LogFollower;
import io.github.batchlayer.process.ShowLogs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class ShownLogsTest {

    @TempDir
    Path dir;

    @Test
    void theBuildsGoalsShareOneFollowerUntilClusterDownClosesIt() throws Exception {
        List<String> printed = new ArrayList<>();
        BuildLog log = new BuildLog() {
            @Override public void info(String m) { printed.add(m); }
            @Override public void warn(String m) { }
            @Override public void error(String m) { }
            @Override public void debug(String m) { }
        };
        Map<String, Object> context = new HashMap<>();
        LogFollower clusterUps = ShownLogs.follower(context, ShowLogs.parse("spark-driver"), log);
        assertSame(clusterUps, ShownLogs.follower(context, ShowLogs.parse("spark-driver"), log), "a later goal's");
        Path driverLog = dir.resolve("spark-driver.log");
        clusterUps.follow("spark-driver", driverLog);
        Files.writeString(driverLog, "job started\n");
        ShownLogs.close(context);
        assertEquals(List.of("spark-driver> job started"), printed, "closing prints what is left");
        assertNotSame(clusterUps, ShownLogs.follower(context, ShowLogs.NONE, log), "the next build starts anew");
        ShownLogs.close(context);
    }
}
