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
    }

    @Test
    void containerNamesDifferBetweenRunsOfTheSameProject() {
        // two checkouts at one path share the project label, never a run: their names must not clash
        String a = ClusterLabels.containerName("p1", "3f1c9a2e-0b1d-4c55-9e0a-1234567890ab", "kafka");
        String b = ClusterLabels.containerName("p1", "77aa01bc-0b1d-4c55-9e0a-1234567890ab", "kafka");
        assertEquals("batch-layer-p1-3f1c9a2e-kafka", a);
        assertNotEquals(a, b);
    }

    @Test
    void ourLabelsWinOverComposeLabelsOfTheSameName() {
        Map<String, String> labels = ClusterLabels.forContainer("p1", "r", "s", Path.of("/l"),
                Map.of(ClusterLabels.PROJECT, "someone-else"));
        assertEquals("p1", labels.get(ClusterLabels.PROJECT));
    }
}
