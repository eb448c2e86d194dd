package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.cluster.config.LocalClusterConfig;
import io.github.batchlayer.cluster.config.SparkStandaloneConfig;
import io.github.batchlayer.cluster.lifecycle.ServiceProcessStopper;
import io.github.batchlayer.cluster.probe.ReadinessSequence;
import io.github.batchlayer.log.BuildLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The default launcher: a real Kafka broker and a real HDFS (NameNode + DataNode), each in a JVM forked from
 * Maven-resolved jars, bound to 127.0.0.1; Spark runs {@code local[*]} in the job's own forked JVM, or (sparkMode
 * standalone) on a Spark master and worker forked the same way. Data and logs stay under the work directory. Each
 * start is fresh: old data from an earlier run is removed first. All services are started before the first is
 * awaited, so they boot side by side.
 */
public final class EmbeddedLauncher implements Launcher {

    public static final String NAME = "embedded";

    @Override
    public ClusterState start(ClusterSettings settings) {
        long started = System.nanoTime();
        BuildLog log = settings.log();
        boolean standalone = settings.embedded().standalone();
        LocalClusterConfig config = LocalClusterConfig.choose(settings, EmbeddedKafka.logDir(settings),
                EmbeddedHdfs.baseDir(settings), standalone);
        EmbeddedKafka kafka = new EmbeddedKafka(settings, config.kafka());
        EmbeddedHdfs hdfs = new EmbeddedHdfs(settings, config.hdfs());
        SparkStandaloneConfig spark = config.spark();
        EmbeddedSparkStandalone sparkStandalone = standalone ? new EmbeddedSparkStandalone(settings, spark) : null;
        removeOldData(settings.workDir());

        List<Path> kafkaJars = settings.resolver().resolve(kafka.coordinates());
        List<Path> hadoopJars = settings.resolver().resolve(hdfs.coordinates());
        log.info("resolved Kafka " + settings.versions().kafka() + " (" + kafkaJars.size() + " jars) and Hadoop "
                + settings.versions().hadoop() + " (" + hadoopJars.size() + " jars)");
        List<Path> sparkJars = standalone ? settings.resolver().resolve(sparkStandalone.coordinates()) : List.of();

        // Both storage formats are one-shot JVMs; run them side by side.
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> kafka.prepare(kafkaJars)),
                CompletableFuture.runAsync(() -> hdfs.prepare(hadoopJars))).join();
        if (standalone) {
            sparkStandalone.prepare(sparkJars);
        }

        ClusterEndpoints endpoints = new ClusterEndpoints(config.kafka().bootstrapServers(), config.hdfs().uri(),
                config.hdfs().httpUri(), standalone ? spark.masterUrl() : "local[*]",
                standalone ? spark.masterUiUri() : null);
        List<ForkedService> services = new ArrayList<>();
        try {
            services.add(kafka.start(kafkaJars));
            services.add(hdfs.startNameNode(hadoopJars));
            services.add(hdfs.startDataNode(hadoopJars));
            if (standalone) {
                services.add(sparkStandalone.startMaster(sparkJars));
                services.add(sparkStandalone.startWorker(sparkJars));
            }
            new ReadinessSequence(watch(services), settings.readyTimeout(), log)
                    .await(endpoints, endpoints.sparkMasterUiUri());
        } catch (RuntimeException | Error e) {
            services.stream().filter(ForkedService::isAlive).map(ForkedService::describe)
                    .forEach(p -> ServiceProcessStopper.stop(p, log));
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<ServiceProcess> processes = services.stream().map(ForkedService::describe).toList();
        return new ClusterState(NAME, settings.runId(), endpoints, processes, List.of(),
                System.currentTimeMillis(), seconds);
    }

    /** The forked JVMs as the readiness sequence watches them, in start order. */
    private static ReadinessSequence.ServiceWatch watch(List<ForkedService> services) {
        return new ReadinessSequence.ServiceWatch() {
            @Override
            public Optional<String> exited() {
                return services.stream().filter(s -> !s.isAlive()).map(ForkedService::name).findFirst();
            }

            @Override
            public String exitDetail(String service) {
                return byName(service).map(ForkedService::exitDetail).orElse("?");
            }

            @Override
            public Path logFile(String service) {
                return byName(service).map(ForkedService::logFile).orElseThrow();
            }

            private Optional<ForkedService> byName(String service) {
                return services.stream().filter(s -> s.name().equals(service)).findFirst();
            }
        };
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        // Reverse start order: the Spark worker before its master, the DataNode before its NameNode, Kafka last.
        List<ServiceProcess> reversed = new ArrayList<>(state.processes());
        Collections.reverse(reversed);
        reversed.forEach(p -> ServiceProcessStopper.stop(p, log));
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
