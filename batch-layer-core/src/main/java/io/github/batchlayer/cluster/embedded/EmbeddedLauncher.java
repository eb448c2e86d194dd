package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterPorts;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.ProcessLauncherSupport;
import io.github.batchlayer.cluster.Readiness;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.cluster.SparkStandaloneSettings;
import io.github.batchlayer.cluster.WebHdfsProbe;
import io.github.batchlayer.kafka.KafkaProbe;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The default launcher: a real Kafka broker and a real HDFS (NameNode + DataNode), each in a JVM forked from
 * Maven-resolved jars, bound to 127.0.0.1; Spark runs {@code local[*]} in the job's own forked JVM. Data and
 * logs stay under the work directory. Each start is fresh: old data from an earlier run is removed first.
 */
public final class EmbeddedLauncher implements Launcher {

    @Override
    public ClusterState start(ClusterSpec spec) {
        long started = System.nanoTime();
        BuildLog log = spec.log();
        ClusterPorts configured = spec.ports();
        FreePorts ports = new FreePorts();
        EmbeddedKafka kafka = new EmbeddedKafka(spec, ports.portOr(configured.kafka()),
                ports.portOr(configured.kafkaController()));
        EmbeddedHdfs hdfs = new EmbeddedHdfs(spec, ports.portOr(configured.namenodeRpc()),
                ports.portOr(configured.namenodeHttp()), ports.portOr(configured.datanode()),
                ports.portOr(configured.datanodeHttp()), ports.portOr(configured.datanodeIpc()));
        SparkStandaloneSettings sparkSettings = spec.spark();
        EmbeddedSparkStandalone sparkStandalone = sparkSettings.standalone()
                ? new EmbeddedSparkStandalone(spec, ports.portOr(sparkSettings.masterPort()),
                ports.portOr(sparkSettings.masterUiPort()), ports.portOr(sparkSettings.workerPort()),
                ports.portOr(sparkSettings.workerUiPort()))
                : null;
        removeOldData(spec.workDir());

        List<Path> kafkaJars = spec.resolver().resolve(kafka.coordinates());
        List<Path> hadoopJars = spec.resolver().resolve(hdfs.coordinates());
        log.info("resolved Kafka " + spec.versions().kafka() + " (" + kafkaJars.size() + " jars) and Hadoop "
                + spec.versions().hadoop() + " (" + hadoopJars.size() + " jars)");

        // Both storage formats are one-shot JVMs; run them side by side.
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> kafka.prepare(kafkaJars)),
                CompletableFuture.runAsync(() -> hdfs.prepare(hadoopJars))).join();

        List<ForkedService> services = new ArrayList<>();
        try {
            services.add(kafka.start(kafkaJars));
            ForkedService namenode = hdfs.startNameNode(hadoopJars);
            services.add(namenode);
            ForkedService datanode = hdfs.startDataNode(hadoopJars);
            services.add(datanode);
            ForkedService broker = services.get(0);
            Readiness.await("Kafka broker at " + kafka.bootstrapServers(), spec.readyTimeout(), broker::isAlive,
                    () -> KafkaProbe.check(kafka.bootstrapServers(), Map.of()), broker.logFile());
            Readiness.await("HDFS NameNode at " + hdfs.uri(), spec.readyTimeout(), namenode::isAlive,
                    () -> {
                        if (!datanode.isAlive()) {
                            throw new IllegalStateException("the DataNode exited; see " + datanode.logFile());
                        }
                        WebHdfsProbe.check(hdfs.httpUri(), "/tmp/.batch-layer-probe", "batchlayer");
                    }, namenode.logFile());
            WebHdfsProbe.mkdirs(hdfs.httpUri(), "/tmp", "1777", "batchlayer");
            if (sparkStandalone != null) {
                List<Path> sparkJars = spec.resolver().resolve(sparkStandalone.coordinates());
                sparkStandalone.prepare(sparkJars);
                ForkedService master = sparkStandalone.startMaster(sparkJars);
                services.add(master);
                ForkedService worker = sparkStandalone.startWorker(sparkJars);
                services.add(worker);
                sparkStandalone.awaitReady(master, worker);
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            services.stream().filter(ForkedService::isAlive).map(ForkedService::describe)
                    .forEach(p -> ProcessLauncherSupport.stop(p, log));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof RuntimeException re ? re : new UncheckedIOException(new IOException(e));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ClusterEndpoints endpoints = new ClusterEndpoints(kafka.bootstrapServers(), hdfs.uri(), hdfs.httpUri(),
                sparkStandalone == null ? "local[*]" : sparkStandalone.masterUrl(),
                sparkStandalone == null ? null : sparkStandalone.masterUi());
        List<ServiceProcess> processes = services.stream().map(ForkedService::describe).toList();
        return new ClusterState("embedded", spec.runId(), endpoints, processes, List.of(),
                System.currentTimeMillis(), seconds);
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        // Reverse start order: the Spark worker before its master, the DataNode before its NameNode, Kafka last.
        List<ServiceProcess> reversed = new ArrayList<>(state.processes());
        java.util.Collections.reverse(reversed);
        reversed.forEach(p -> ProcessLauncherSupport.stop(p, log));
    }

    private static void removeOldData(Path workDir) {
        for (String dir : List.of("kafka", "hdfs", "spark-worker")) {
            Path path = workDir.resolve(dir);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove old cluster data " + path, e);
            }
        }
    }
}
