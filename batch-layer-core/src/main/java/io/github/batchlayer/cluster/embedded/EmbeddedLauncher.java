package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.cluster.config.LocalClusterConfig;
import io.github.batchlayer.cluster.config.SparkStandaloneConfig;
import io.github.batchlayer.cluster.docker.PortConflict;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The default launcher: a real Kafka broker and a real HDFS (NameNode + DataNode), each in a JVM forked from
 * Maven-resolved jars, bound to 127.0.0.1; Spark runs {@code local[*]} in the job's own forked JVM, or (sparkMode
 * standalone) on a Spark master and worker forked the same way. Data and logs stay under the work directory. Each
 * start is fresh: old data from an earlier run is removed first. The services boot side by side: each storage
 * format gates only its own daemon, the daemons that need none start at once, and all are awaited together.
 */
public final class EmbeddedLauncher implements Launcher {

    public static final String NAME = "embedded";

    @Override
    public ClusterState start(ClusterSettings settings) {
        long started = System.nanoTime();
        Path logDir = ForkedService.logFile(settings, "any").getParent();
        for (int attempt = 1; ; attempt++) {
            Map<Path, Long> logSizes = sizes(logDir);
            try {
                return startOnce(settings, started);
            } catch (ClusterException e) {
                // Free ports are only free when picked: on a busy machine another process (or an outgoing
                // connection's ephemeral port) can take one before the service binds it. Pick new ones once more.
                Optional<String> conflict = PortConflict.sinceSizes(List.copyOf(logsIn(logDir)), logSizes);
                if (attempt >= 2 || conflict.isEmpty()) {
                    throw e;
                }
                settings.log().warn("a service found its port taken (" + conflict.get()
                        + "); starting again with other free ports");
            }
        }
    }

    private ClusterState startOnce(ClusterSettings settings, long started) {
        BuildLog log = settings.log();
        boolean standalone = settings.embedded().standalone();
        LocalClusterConfig config = LocalClusterConfig.choose(settings, EmbeddedKafka.logDir(settings),
                EmbeddedHdfs.baseDir(settings), standalone);
        EmbeddedKafka kafka = new EmbeddedKafka(settings, config.kafka());
        EmbeddedHdfs hdfs = new EmbeddedHdfs(settings, config.hdfs());
        SparkStandaloneConfig spark = config.spark();
        EmbeddedSparkStandalone sparkStandalone = standalone ? new EmbeddedSparkStandalone(settings, spark) : null;
        removeOldData(settings.workDir());

        long resolving = System.nanoTime();
        List<Path> kafkaJars = settings.resolver().resolve(kafka.coordinates());
        List<Path> hadoopJars = settings.resolver().resolve(hdfs.coordinates());
        List<Path> sparkJars = standalone ? settings.resolver().resolve(sparkStandalone.coordinates()) : List.of();
        log.info(String.format("resolved Kafka %s (%d jars) and Hadoop %s (%d jars)%s in %.1f s",
                settings.versions().kafka(), kafkaJars.size(), settings.versions().hadoop(), hadoopJars.size(),
                standalone ? " and Spark " + settings.versions().spark() + " (" + sparkJars.size() + " jars)" : "",
                (System.nanoTime() - resolving) / 1e9));

        ClusterEndpoints endpoints = new ClusterEndpoints(config.kafka().bootstrapServers(), config.hdfs().uri(),
                config.hdfs().httpUri(), standalone ? spark.masterUrl() : "local[*]",
                standalone ? spark.masterUiUri() : null);
        List<ForkedService> forked = Collections.synchronizedList(new ArrayList<>());
        ExecutorService formatting = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "batch-layer-storage-format");
            t.setDaemon(true);
            return t;
        });
        List<ForkedService> services;
        try {
            hdfs.writeConfiguration();
            if (standalone) {
                sparkStandalone.prepare(sparkJars);
            }
            // A storage format gates only its own daemon, so Kafka's (format, broker) and the NameNode's (format,
            // daemon) run side by side, and what needs no format starts at once: the DataNode (it has its
            // NameNode's address and retries until it answers) and Spark's master and worker.
            Future<ForkedService> broker = formatting.submit(() -> {
                kafka.prepare(kafkaJars);
                return add(forked, kafka.start(kafkaJars));
            });
            Future<ForkedService> nameNode = formatting.submit(() -> {
                hdfs.format(hadoopJars);
                return add(forked, hdfs.startNameNode(hadoopJars));
            });
            ForkedService dataNode = add(forked, hdfs.startDataNode(hadoopJars));
            List<ForkedService> sparkDaemons = standalone
                    ? List.of(add(forked, sparkStandalone.startMaster(sparkJars)),
                            add(forked, sparkStandalone.startWorker(sparkJars)))
                    : List.of();
            services = new ArrayList<>(List.of(await(broker, nameNode), await(nameNode, broker), dataNode));
            services.addAll(sparkDaemons);
            new ReadinessSequence(watch(services), settings.readyTimeout(), log)
                    .await(endpoints, endpoints.sparkMasterUiUri());
        } catch (RuntimeException | Error e) {
            formatting.shutdownNow(); // a running format is stopped (ForkedJvm.run stops its JVM when interrupted)
            awaitTermination(formatting, log); // nothing may start after the stop below
            List<ForkedService> toStop;
            synchronized (forked) {
                toStop = new ArrayList<>(forked);
            }
            toStop.stream().filter(ForkedService::isAlive).map(ForkedService::describe)
                    .forEach(p -> ServiceProcessStopper.stop(p, log));
            throw e;
        } finally {
            formatting.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<ServiceProcess> processes = services.stream().map(ForkedService::describe).toList();
        return new ClusterState(NAME, settings.runId(), endpoints, processes, List.of(),
                System.currentTimeMillis(), seconds);
    }

    private static ForkedService add(List<ForkedService> started, ForkedService service) {
        started.add(service);
        return service;
    }

    /**
     * The daemon a start chain started, or its failure; when it failed, the other chain is awaited first, so the
     * caller stops everything either of them started.
     */
    private static ForkedService await(Future<ForkedService> chain, Future<ForkedService> other) {
        try {
            return chain.get();
        } catch (ExecutionException e) {
            try {
                other.get();
            } catch (ExecutionException | InterruptedException | java.util.concurrent.CancellationException ignored) {
                // its own failure is reported once this one is
            }
            throw ClusterException.of(e, "starting the cluster");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while starting the cluster", e);
        }
    }

    private static void awaitTermination(ExecutorService executor, BuildLog log) {
        try {
            if (!executor.awaitTermination(3, TimeUnit.MINUTES)) {
                log.warn("a storage format did not end within 3 minutes of a failed start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    private static List<Path> logsIn(Path logDir) {
        if (!Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<Path, Long> sizes(Path logDir) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path log : logsIn(logDir)) {
            sizes.put(log, log.toFile().length());
        }
        return sizes;
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
