package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.cluster.probe.KafkaProbe;
import io.github.batchlayer.cluster.probe.WebHdfsProbe;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.MavenCommandResolver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded launcher as a test kit (KafkaClusterTestKit's shape): built settings, start, the services answer,
 * stop, and nothing it forked is left running. Real Kafka and HDFS from the local Maven repository.
 */
class EmbeddedLauncherTest {

    @Test
    void startsKafkaAndHdfsThatAnswerAndStopsThemAll(@TempDir Path dir) throws Exception {
        BuildLog log = BuildLog.console();
        ClusterSettings settings = ClusterSettings.builder(dir.resolve("batch-layer"))
                .resolver(new MavenCommandResolver(dir.resolve("resolve"))).log(log).build();
        EmbeddedLauncher launcher = new EmbeddedLauncher();
        ClusterState state = launcher.start(settings);
        try {
            assertEquals("local[*]", state.endpoints().sparkMaster());
            assertEquals(List.of("kafka", "namenode", "datanode"),
                    state.processes().stream().map(ServiceProcess::name).toList());
            KafkaProbe.check(state.endpoints().kafkaBootstrapServers(), Map.of());
            WebHdfsProbe.check(state.endpoints().hdfsHttpUri(), "/tmp/embedded-launcher-test", "batchlayer");
            state.processes().forEach(p -> assertTrue(alive(p.pid()), p.name() + " is running"));
        } finally {
            launcher.stop(state, log);
        }
        state.processes().forEach(p -> assertFalse(alive(p.pid()), p.name() + " (pid " + p.pid() + ") was stopped"));
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList(), "no process left");
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
