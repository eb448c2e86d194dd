package io.github.batchlayer.cluster.external;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterPorts;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.FreePorts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLauncherTest {

    @Test
    void missingEndpointsAreNamed(@TempDir Path dir) {
        ClusterException e = assertThrows(ClusterException.class,
                () -> new ExternalLauncher().start(spec(dir, new ClusterEndpoints("127.0.0.1:1", null, null, null))));
        assertTrue(e.getMessage().contains("needs kafkaBootstrapServers, hdfsUri and sparkMaster"), e.getMessage());
    }

    @Test
    void kafkaThatDoesNotAnswerIsNamed(@TempDir Path dir) {
        String nobody = "127.0.0.1:" + new FreePorts().portOr(0);
        ClusterException e = assertThrows(ClusterException.class, () -> new ExternalLauncher(Map.of())
                .start(spec(dir, new ClusterEndpoints(nobody, "hdfs://127.0.0.1:1", null, "spark://127.0.0.1:1"))));
        assertTrue(e.getMessage().startsWith("Kafka at " + nobody + " did not answer"), e.getMessage());
    }

    private static ClusterSpec spec(Path dir, ClusterEndpoints endpoints) {
        return new ClusterSpec(dir, "t", EngineVersions.defaults(), ClusterPorts.allFree(), Duration.ofSeconds(5),
                coordinates -> List.of(), Path.of("java"), null, Map.of(), endpoints, BuildLog.console());
    }
}
