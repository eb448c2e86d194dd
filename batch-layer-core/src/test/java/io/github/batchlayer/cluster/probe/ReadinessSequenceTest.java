package io.github.batchlayer.cluster.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.log.BuildLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class ReadinessSequenceTest {

    @TempDir
    Path temp;

    private final List<String> info = new ArrayList<>();

    private final BuildLog log = new BuildLog() {
        @Override public void info(String m) { info.add(m); }
        @Override public void warn(String m) { }
        @Override public void error(String m) { }
        @Override public void debug(String m) { }
    };

    /** A cluster whose services run until {@code exitAfter} checks have been made (never when negative). */
    private ReadinessSequence.ServiceWatch watch(String exiting, int exitAfter) {
        AtomicInteger checks = new AtomicInteger();
        return new ReadinessSequence.ServiceWatch() {
            @Override
            public Optional<String> exited() {
                return exitAfter >= 0 && checks.incrementAndGet() > exitAfter ? Optional.of(exiting) : Optional.empty();
            }

            @Override
            public String exitDetail(String service) {
                return "exit code 1";
            }

            @Override
            public Path logFile(String service) {
                return temp.resolve(service + ".log");
            }
        };
    }

    @Test
    void awaitsTheStepsTogetherSoAQuickServiceIsReadyBeforeASlowOneBeforeIt() {
        AtomicInteger kafkaAttempts = new AtomicInteger();
        List<ReadinessSequence.Step> steps = List.of(
                new ReadinessSequence.Step("kafka", "Kafka", "Kafka broker", () -> {
                    if (kafkaAttempts.incrementAndGet() < 3) {
                        throw new ConnectException("Connection refused");
                    }
                }),
                new ReadinessSequence.Step("namenode", "HDFS", "HDFS", () -> { }));
        new ReadinessSequence(watch("none", -1), Duration.ofSeconds(30), log).await(steps);
        assertEquals(3, kafkaAttempts.get());
        assertEquals(2, info.size(), String.valueOf(info));
        assertTrue(info.get(0).startsWith("HDFS ready after "), String.valueOf(info));
        assertTrue(info.get(1).startsWith("Kafka broker ready after "), String.valueOf(info));
    }

    @Test
    void aProbeThatTakesLongDelaysNoOther() {
        CountDownLatch hdfsAnswered = new CountDownLatch(1);
        List<ReadinessSequence.Step> steps = List.of(
                new ReadinessSequence.Step("kafka", "Kafka", "Kafka broker", () -> {
                    // an AdminClient call waiting out its timeout: here, until HDFS has answered
                    if (!hdfsAnswered.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("HDFS was never probed while Kafka's probe ran");
                    }
                }),
                new ReadinessSequence.Step("namenode", "HDFS", "HDFS", hdfsAnswered::countDown));
        new ReadinessSequence(watch("none", -1), Duration.ofSeconds(90), log).await(steps);
        assertEquals(2, info.size(), String.valueOf(info));
    }

    @Test
    void reportsTheServiceThatExitedWithItsLog() throws IOException {
        Files.writeString(temp.resolve("datanode.log"), "starting\nERROR cannot bind\n");
        List<ReadinessSequence.Step> steps = List.of(new ReadinessSequence.Step("namenode", "HDFS", "HDFS at x",
                () -> {
                    throw new IOException("no DataNode yet");
                }));
        ClusterException e = assertThrows(ClusterException.class,
                () -> new ReadinessSequence(watch("datanode", 2), Duration.ofSeconds(30), log).await(steps));
        assertTrue(e.getMessage().startsWith("datanode exited (exit code 1) while waiting for HDFS at x; last lines of "
                + temp.resolve("datanode.log")), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR cannot bind"), e.getMessage());
    }

    @Test
    void theProgressLineSaysWhatIsStillAwaitedAndWhy() {
        Map<ReadinessSequence.Step, Readiness.Wait> pending = new LinkedHashMap<>();
        Readiness.Wait hdfs = new Readiness.Wait("HDFS", Duration.ofSeconds(30), () -> {
            throw new IOException("DataNode not registered yet", new IOException("HTTP 403: {}"));
        }, temp.resolve("namenode.log"), System.nanoTime());
        hdfs.attempt();
        Readiness.Wait kafka = new Readiness.Wait("Kafka", Duration.ofSeconds(30), () -> {
            throw new java.util.concurrent.ExecutionException(new org.apache.kafka.common.errors.TimeoutException(
                    "Timed out waiting for a node assignment. Call: describeCluster"));
        }, temp.resolve("kafka.log"), System.nanoTime());
        kafka.attempt();
        pending.put(new ReadinessSequence.Step("namenode", "HDFS", "HDFS at x", () -> { }), hdfs);
        pending.put(new ReadinessSequence.Step("kafka", "Kafka", "Kafka at y", () -> { }), kafka);
        assertEquals("cluster-up: waiting for HDFS (DataNode not registered yet) and Kafka (no answer yet), 10 s",
                ReadinessSequence.progressLine(pending, 10));
    }
}
