package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.ServiceProcess;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code -Dbatch-layer.keepRunning} in a lifecycle build: the bound cluster-down leaves a cluster that cluster-up
 * kept running, with a real service process, and says how to stop it; typed on the command line it stops it.
 */
@MojoTest
class KeepRunningTest {

    @TempDir
    Path temp;

    private Process service;
    private Path workDir;

    /** A real forked JVM named in a state file, as the embedded launcher leaves it. */
    @BeforeEach
    void startAService() throws Exception {
        workDir = temp.resolve("project/target/batch-layer");
        Path logs = Files.createDirectories(workDir.resolve("logs"));
        Path main = Files.writeString(temp.resolve("Sleep.java"),
                "class Sleep { public static void main(String[] a) throws Exception { Thread.sleep(120_000); } }");
        Path argFile = Files.write(logs.resolve("kafka.args"), List.of("-Xmx32m", main.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(java, "@" + argFile).redirectErrorStream(true)
                .redirectOutput(logs.resolve("kafka.log").toFile()).start();
        // until the child has exec'd java, its command line is the spawn helper's, which cluster-down leaves alone
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!service.info().commandLine().orElse("").contains("@" + argFile) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        new ClusterState("embedded", "run-1", new ClusterEndpoints("127.0.0.1:9092", "hdfs://127.0.0.1:8020",
                "http://127.0.0.1:9870", "local[*]"), List.of(new ServiceProcess("kafka", service.pid(),
                argFile.toString(), logs.resolve("kafka.log").toString())), List.of(), 0L, 1.0).write(workDir);
    }

    @AfterEach
    void stopTheService() {
        service.destroyForcibly();
    }

    private MojoTesting.CapturingLog run(ClusterDownMojo mojo, String executionId, Map<String, Object> context)
            throws Exception {
        mojo.workDir = workDir.toFile();
        mojo.project = new MavenProject();
        mojo.project.setFile(temp.resolve("project/pom.xml").toFile());
        mojo.setPluginContext(context);
        MojoTesting.execution(mojo, "cluster-down", executionId);
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);
        mojo.execute();
        return log;
    }

    @Test
    void aKeptClusterOutlivesTheBuildAndIsStoppedLaterFromTheCommandLine(
            @InjectMojo(goal = "cluster-down") ClusterDownMojo mojo) throws Exception {
        Map<String, Object> build = new HashMap<>();
        KeptCluster.remember(build); // what cluster-up did with keepRunning=true in this lifecycle build

        MojoTesting.CapturingLog kept = run(mojo, "cluster-down", build);
        assertTrue(kept.has("WARN", "keeping the cluster running for a post-mortem (batch-layer.keepRunning): "
                + "Kafka 127.0.0.1:9092, HDFS hdfs://127.0.0.1:8020 (web http://127.0.0.1:9870), Spark local[*]"),
                kept.text());
        assertTrue(kept.has("WARN", "stop it with: cd " + temp.resolve("project") + " && mvn batch-layer:cluster-down"),
                kept.text());
        assertFalse(service.waitFor(500, TimeUnit.MILLISECONDS), "the kept service must still run");
        assertTrue(Files.isRegularFile(ClusterState.file(workDir)));

        // later: mvn batch-layer:cluster-down
        MojoTesting.CapturingLog stopped = run(mojo, "default-cli", new HashMap<>());
        assertTrue(stopped.has("INFO", "cluster stopped"), stopped.text());
        assertTrue(service.waitFor(20, TimeUnit.SECONDS), "cluster-down on the command line must stop it");
        assertFalse(Files.exists(ClusterState.file(workDir)));
    }

    @Test
    void withoutKeepRunningTheBoundClusterDownStops(@InjectMojo(goal = "cluster-down") ClusterDownMojo mojo)
            throws Exception {
        MojoTesting.CapturingLog log = run(mojo, "cluster-down", new HashMap<>());
        assertTrue(log.has("INFO", "cluster stopped"), log.text());
        assertTrue(service.waitFor(20, TimeUnit.SECONDS));
    }

    @Test
    void keepRunningUnsetKeepsOnlyAClusterStartedFromTheCommandLine() {
        assertTrue(KeptCluster.keep(null, true));
        assertFalse(KeptCluster.keep(null, false));
        assertTrue(KeptCluster.keep(true, false));
        assertFalse(KeptCluster.keep(false, true));
        assertEquals("cd /p && mvn batch-layer:cluster-down -Dbatch-layer.workDir=/w",
                KeptCluster.stopCommand(Path.of("/p").toFile(), Path.of("/w")));
    }
}
