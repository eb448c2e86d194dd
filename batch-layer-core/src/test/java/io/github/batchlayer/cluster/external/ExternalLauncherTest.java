package io.github.batchlayer.cluster.external;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.DriverProbe;
import io.github.batchlayer.process.FreePorts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLauncherTest {

    @Test
    void missingEndpointsAreNamed(@TempDir Path dir) {
        ClusterException e = assertThrows(ClusterException.class,
                () -> new ExternalLauncher().start(settings(dir, new ClusterEndpoints("127.0.0.1:1", null, null, null))
                        .build()));
        assertTrue(e.getMessage().contains("needs kafkaBootstrapServers, hdfsUri and sparkMaster"), e.getMessage());
    }

    @Test
    void kafkaThatDoesNotAnswerIsNamed(@TempDir Path dir) {
        String nobody = "127.0.0.1:" + new FreePorts().portOr(0);
        AtomicBoolean probed = new AtomicBoolean();
        DriverProbe probe = (landing, partitions, timeout) -> {
            probed.set(true);
            throw new IllegalStateException("not reached");
        };
        ClusterException e = assertThrows(ClusterException.class, () -> new ExternalLauncher()
                .start(settings(dir, new ClusterEndpoints(nobody, "hdfs://127.0.0.1:1", null, "spark://127.0.0.1:1"))
                        .kafkaClientProperties(Map.of()).driverProbe(probe).build()));
        assertTrue(e.getMessage().startsWith("Kafka at " + nobody + " did not answer"), e.getMessage());
        assertFalse(probed.get(), "the driver probe runs only after what Maven's JVM can check");
    }

    private static ClusterSettings.Builder settings(Path dir, ClusterEndpoints endpoints) {
        return ClusterSettings.builder(dir).runId("t").readyTimeout(Duration.ofSeconds(5)).parentPid(null)
                .externalEndpoints(endpoints);
    }
}
