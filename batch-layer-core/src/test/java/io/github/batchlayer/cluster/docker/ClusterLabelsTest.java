package io.github.batchlayer.cluster.docker;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterLabelsTest {

    @Test
    void projectIdIsStablePerDirectoryAndDiffersBetweenDirectories() {
        String a = ClusterLabels.projectId(Path.of("/work/a/target/batch-layer"));
        assertEquals(a, ClusterLabels.projectId(Path.of("/work/a/target/../target/batch-layer")));
        assertNotEquals(a, ClusterLabels.projectId(Path.of("/work/b/target/batch-layer")));
        assertTrue(a.matches("[0-9a-f]{12}"), a);
    }

    @Test
    void containerLabelsNameProjectRunServiceAndLogAndKeepTheComposeOnes() {
        Map<String, String> labels = ClusterLabels.forContainer("p1", "run-7", "kafka", Path.of("/logs/kafka.log"),
                Map.of("component", "kafka"));
        assertEquals("p1", labels.get(ClusterLabels.PROJECT));
        assertEquals("run-7", labels.get(ClusterLabels.RUN));
        assertEquals("kafka", labels.get(ClusterLabels.SERVICE));
        assertEquals("/logs/kafka.log", labels.get(ClusterLabels.LOG_FILE));
        assertEquals("kafka", labels.get("component"));
        assertEquals("batch-layer-p1-kafka", ClusterLabels.containerName("p1", "kafka"));
    }

    @Test
    void ourLabelsWinOverComposeLabelsOfTheSameName() {
        Map<String, String> labels = ClusterLabels.forContainer("p1", "r", "s", Path.of("/l"),
                Map.of(ClusterLabels.PROJECT, "someone-else"));
        assertEquals("p1", labels.get(ClusterLabels.PROJECT));
    }
}
