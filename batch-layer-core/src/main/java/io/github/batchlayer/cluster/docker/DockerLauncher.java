package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.DockerSettings;
import io.github.batchlayer.cluster.Launcher;
import io.github.batchlayer.cluster.config.LocalClusterConfig;
import io.github.batchlayer.cluster.docker.compose.ComposeFile;
import io.github.batchlayer.cluster.docker.compose.ComposeParser;
import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.cluster.docker.reaper.Reaper;
import io.github.batchlayer.cluster.probe.ReadinessSequence;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.PortInUseException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the services of {@code cluster/docker-compose.yml} as containers through the Docker engine API: images are
 * built from the compose file's build contexts (with Maven-resolved jars, cached by content hash), containers use
 * host networking and bind to 127.0.0.1, and cluster-up returns once Kafka, HDFS and the Spark master answer real
 * requests. The compose file's service names {@code kafka}, {@code namenode}, {@code datanode},
 * {@code spark-master} and {@code spark-worker} are the contract with this class.
 * <p>
 * Before the first service, each run gets a reaper container ({@link ReaperStarter}) to which this JVM stays
 * connected: however this JVM dies, the reaper then removes the run's containers, unless the cluster was kept
 * ({@link #detach}). A new cluster-up removes only runs whose reaper is gone ({@link EngineRuns}), never another
 * live run of the same work directory path.
 * <p>
 * Spark jobs run in client mode: the driver stays in the plugin's forked JVM on the host and the containerised
 * master hands it executors on the worker, which fetch the job jar from the driver ({@code spark.jars}).
 */
public final class DockerLauncher implements Launcher {

    public static final String NAME = "docker";

    @Override
    public ClusterState start(ClusterSettings cluster) {
        long started = System.nanoTime();
        try (DockerClient docker = DockerEngine.connect()) {
            return start(cluster, docker, started);
        } catch (IOException e) {
            throw new ClusterException("cannot close the Docker client: " + e.getMessage(), e);
        }
    }

    private ClusterState start(ClusterSettings cluster, DockerClient docker, long started) {
        BuildLog log = cluster.log();
        Path workDir = cluster.workDir().toAbsolutePath();
        Path logDir = workDir.resolve("logs");
        String projectId = ClusterLabels.projectId(workDir);
        ContainerRemover remover = new ContainerRemover(docker, log);
        sweepOrphans(docker, projectId, remover, log);
        for (int attempt = 1; ; attempt++) {
            Map<String, String> containerOf = new LinkedHashMap<>();
            try {
                return startOnce(cluster, docker, started, remover, projectId, containerOf);
            } catch (ClusterException e) {
                // Free ports are only free when picked: on a busy machine another process can take one before
                // the service binds it. Pick new ones and try once more.
                List<Path> logs = containerOf.keySet().stream().map(service -> logFile(logDir, service)).toList();
                if (!PortConflict.seenIn(logs)) {
                    throw e;
                }
                String holders = otherLiveClusters(docker, cluster.runId());
                if (attempt >= 2) {
                    throw new ClusterException(e.getMessage() + "\n(a port was taken: " + PortConflict.firstLine(logs)
                            + "; " + holders + ")", e);
                }
                log.warn("a service found its port taken (" + PortConflict.firstLine(logs) + "; " + holders
                        + "); starting again with other free ports");
            }
        }
    }

    /** @param containerOf filled with the containers started, so the caller can tell what failed */
    private ClusterState startOnce(ClusterSettings cluster, DockerClient docker, long started, ContainerRemover remover,
                                   String projectId, Map<String, String> containerOf) {
        BuildLog log = cluster.log();
        DockerSettings settings = cluster.docker();
        Path workDir = cluster.workDir().toAbsolutePath();
        Path dockerDir = workDir.resolve("docker");
        Path logDir = workDir.resolve("logs");
        LocalClusterConfig services;
        try {
            services = LocalClusterConfig.choose(cluster, ServiceConfigs.KAFKA_DATA, ServiceConfigs.HDFS_DATA, true);
        } catch (PortInUseException e) {
            throw new ClusterException(e.getMessage() + " (" + otherLiveClusters(docker, cluster.runId()) + ")", e);
        }
        Path confDir = dockerDir.resolve("conf");
        ServiceConfigs.write(confDir, services.kafka(), services.hdfs());
        Map<String, String> variables = ComposeVariables.of(settings, confDir, cluster.versions(), services);
        Path composePath = settings.composeFile() != null ? settings.composeFile().toAbsolutePath()
                : ClusterBundle.unpack(dockerDir.resolve("cluster"));
        ComposeFile compose = new ComposeParser(variables).parse(composePath);
        log.info("docker cluster from " + composePath + " (project " + projectId + ", base image "
                + settings.baseImage() + ")");

        // Build (or find) every image before the first container starts: a failing build then leaves nothing.
        ImageBuilder images = new ImageBuilder(docker, cluster.resolver(), cluster.versions(),
                dockerDir.resolve("build"), logDir, log);
        Map<String, String> imageOf = new LinkedHashMap<>();
        List<ComposeService> order = compose.startOrder();
        createDirectories(logDir);
        for (ComposeService service : order) {
            imageOf.put(service.name(), images.imageFor(service));
        }

        String reaperImage = ReaperStarter.image(images, cluster.resolver(), dockerDir, settings.baseImage());
        double imagesSeconds = (System.nanoTime() - started) / 1e9;

        ContainerStarter starter = new ContainerStarter(docker, projectId, cluster.runId());
        ContainerLogs logs = new ContainerLogs(docker);
        List<Closeable> followers = new ArrayList<>();
        boolean ready = false;
        // the state names no master UI, as before: later goals then check no Spark version against it
        ClusterEndpoints endpoints = new ClusterEndpoints(services.kafka().bootstrapServers(), services.hdfs().uri(),
                services.hdfs().httpUri(), services.spark().masterUrl());
        StartSequence sequence = new StartSequence(new DependencyConditions(docker), cluster.readyTimeout(),
                service -> logFile(logDir, service));
        String reaper = null;
        try {
            // first the reaper, so that whatever kills this JVM from now on, the run's containers go with it
            reaper = new ReaperStarter(docker, projectId, cluster.runId()).start(reaperImage,
                    logFile(logDir, Reaper.SERVICE), cluster.readyTimeout());
            log.info("started the reaper (" + reaper.substring(0, 12) + ", " + reaperImage + "): it removes run "
                    + cluster.runId() + " " + ReaperStarter.GRACE_SECONDS + " s after this build is gone");
            sequence.run(order, service -> {
                Path serviceLog = logFile(logDir, service.name());
                String id = starter.start(service, imageOf.get(service.name()), serviceLog);
                try {
                    followers.add(logs.follow(id, serviceLog));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                log.info("started " + service.name() + " (" + id.substring(0, 12) + ", "
                        + imageOf.get(service.name()) + ")");
                return id;
            }, containerOf);
            for (String service : List.of("kafka", "namenode", "spark-master")) {
                if (!containerOf.containsKey(service)) {
                    throw new ClusterException("the compose file has no service '" + service + "'");
                }
            }
            new ReadinessSequence(new ContainerWatch(docker, containerOf, logDir), cluster.readyTimeout(), log)
                    .await(endpoints, services.spark().masterUiUri());
            ready = true;
        } finally {
            closeAll(followers);
            if (!ready) {
                // whatever went wrong (also an Error), nothing of this run may outlive the failed cluster-up
                remover.removeLabelled(ClusterLabels.RUN, cluster.runId(), containerOf.values());
                ReaperLinks.release(cluster.runId());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(String.format("docker cluster: images ready in %.1f s, services ready in %.1f s", imagesSeconds,
                seconds - imagesSeconds));
        List<String> containers = new ArrayList<>(containerOf.values());
        containers.add(reaper);
        return new ClusterState(NAME, cluster.runId(), endpoints, List.of(), containers, System.currentTimeMillis(),
                seconds);
    }

    /**
     * Removes the runs of this work directory's path whose reaper is gone: nobody else will. A run whose reaper
     * runs is left alone, even with the same path: it is another checkout's live cluster (CI agents in containers
     * sharing the host's engine), or a kept one. What this directory's own state file names was stopped before.
     */
    private static void sweepOrphans(DockerClient docker, String projectId, ContainerRemover remover, BuildLog log) {
        for (EngineRuns.Run run : EngineRuns.ofProject(docker, projectId)) {
            if (run.owned()) {
                log.info("left alone: " + run.describe() + ". Its reaper runs, so it belongs to a live build or is "
                        + "kept (another checkout at this path, or a kept cluster whose state file is gone; stop "
                        + "that one with docker rm -f $(docker ps -aq --filter label=" + ClusterLabels.RUN + "="
                        + run.run() + "))");
            } else {
                int removed = remover.removeLabelled(ClusterLabels.RUN, run.run(), List.of());
                log.warn("removed " + removed + " container(s) of " + run.run() + " that no reaper watches any more "
                        + "(its build and reaper were killed, or it is from before reapers)");
            }
        }
    }

    /** For a port conflict: which live batch-layer clusters on this engine may hold the port. */
    private static String otherLiveClusters(DockerClient docker, String runId) {
        List<String> others = EngineRuns.all(docker).stream()
                .filter(run -> !run.run().equals(runId) && run.containers().stream().anyMatch(EngineRuns.Seen::running))
                .map(EngineRuns.Run::describe).toList();
        return others.isEmpty() ? "no other batch-layer cluster runs on this engine, so another program holds it"
                : "other batch-layer clusters run on this engine and may hold it: " + String.join("; ", others)
                + "; stop the one you do not need with mvn batch-layer:cluster-down in its project";
    }

    @Override
    public void stop(ClusterState state, BuildLog log) {
        DockerClient docker;
        try {
            docker = DockerEngine.connect();
        } catch (ClusterException e) {
            // nothing can be running on an engine that is gone; say so rather than fail the teardown
            log.warn("cannot reach the Docker engine to remove containers " + state.containers() + ": "
                    + e.getMessage());
            return;
        }
        try (docker) {
            int removed = new ContainerRemover(docker, log).removeLabelled(ClusterLabels.RUN, state.runId(),
                    state.containers());
            log.info("docker cluster " + state.runId() + ": removed " + removed + " container(s)");
        } catch (IOException e) {
            log.debug("closing the Docker client: " + e.getMessage());
        } finally {
            ReaperLinks.release(state.runId());
        }
    }

    /** The run's reaper stops watching this JVM: the kept cluster is left to cluster-down. */
    @Override
    public void detach(ClusterState state, BuildLog log) {
        ReaperLinks.keep(state.runId());
        log.debug("the reaper of run " + state.runId() + " leaves it to cluster-down");
    }

    static Path logFile(Path logDir, String service) {
        return logDir.resolve(service + ".log");
    }

    private static void createDirectories(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeAll(List<Closeable> closeables) {
        for (Closeable c : closeables) {
            try {
                c.close();
            } catch (IOException | RuntimeException ignored) {
                // a follower that is already done
            }
        }
    }
}
