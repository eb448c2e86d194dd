package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.docker.compose.BuildSpec;
import io.github.batchlayer.cluster.docker.reaper.EngineClients;
import io.github.batchlayer.cluster.docker.reaper.Reaper;
import io.github.batchlayer.cluster.docker.reaper.ReaperProtocol;
import io.github.batchlayer.process.ClasspathResolver;
import io.github.batchlayer.process.LogTail;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts a run's reaper container, before any of the run's services, and connects this JVM to it as the run's
 * owner ({@link ReaperLinks}). The image is built from the offline base image like the services' (no registry):
 * the bundle's {@code reaper/Dockerfile}, the classes of the reaper package and docker-java's jars, resolved by
 * Maven, cached by content hash. The container uses host networking (it listens on 127.0.0.1 only) and reaches the
 * engine as this JVM does: the unix socket mounted at the same path, or {@code DOCKER_HOST} over TCP (with its
 * certificates mounted read-only).
 */
final class ReaperStarter {

    /** How long a run may be without its owner before the reaper removes it. */
    static final int GRACE_SECONDS = 10;
    /** How long the reaper waits for its first owner (one killed before it could connect never comes). */
    static final int FIRST_OWNER_SECONDS = 30;

    private static final String REPOSITORY = "batch-layer/reaper";
    private static final String CLASSES = Reaper.class.getPackageName().replace('.', '/');
    private static final String DOCKER_JAVA_POM = "META-INF/maven/com.github.docker-java/docker-java-core/"
            + "pom.properties";

    private final DockerClient docker;
    private final String projectId;
    private final String runId;

    ReaperStarter(DockerClient docker, String projectId, String runId) {
        this.docker = docker;
        this.projectId = projectId;
        this.runId = runId;
    }

    /** The reaper's image, built when no image has the content hash of its inputs. */
    static String image(ImageBuilder images, ClasspathResolver resolver, Path dockerDir, String baseImage) {
        Path context = dockerDir.resolve(Reaper.SERVICE);
        ClusterBundle.copyDirectoryOf(ClusterBundle.RESOURCE + Reaper.SERVICE + "/Dockerfile", context);
        ClusterBundle.copyDirectoryOf(CLASSES + "/" + Reaper.class.getSimpleName() + ".class",
                context.resolve("classes").resolve(CLASSES));
        String version = dockerJavaVersion();
        List<Path> jars = resolver.resolve(List.of("com.github.docker-java:docker-java-core:" + version,
                "com.github.docker-java:docker-java-transport-httpclient5:" + version));
        return images.imageFor(Reaper.SERVICE, REPOSITORY, new BuildSpec(context, "Dockerfile",
                Map.of("BASE_IMAGE", baseImage)), jars);
    }

    /**
     * Starts the reaper, waits until it listens and connects this JVM as the run's owner.
     *
     * @return the container id
     */
    String start(String image, Path logFile, Duration timeout) {
        ReaperProtocol.LabelFilter run = new ReaperProtocol.LabelFilter(ClusterLabels.RUN, runId);
        HostConfig host = HostConfig.newHostConfig().withNetworkMode("host");
        List<String> env = new ArrayList<>();
        engineAccess(host, env);
        String id = docker.createContainerCmd(image)
                .withName(ClusterLabels.containerName(projectId, runId, Reaper.SERVICE))
                .withLabels(ClusterLabels.forContainer(projectId, runId, Reaper.SERVICE, logFile, Map.of()))
                .withEnv(env)
                .withCmd(run.toString(), Integer.toString(GRACE_SECONDS), Integer.toString(FIRST_OWNER_SECONDS))
                .withHostConfig(host)
                .exec().getId();
        docker.startContainerCmd(id).exec();
        int port = awaitListening(id, logFile, timeout);
        ReaperLinks.own(runId, port, run, Duration.ofSeconds(30));
        return id;
    }

    /** The engine as this JVM reaches it, from inside the reaper's container. */
    private static void engineAccess(HostConfig host, List<String> env) {
        URI engine = URI.create(EngineClients.where());
        List<Bind> binds = new ArrayList<>();
        if ("unix".equals(engine.getScheme())) {
            binds.add(Bind.parse(engine.getPath() + ":" + engine.getPath()));
        }
        env.add("DOCKER_HOST=" + engine);
        String certs = System.getenv("DOCKER_CERT_PATH");
        if (System.getenv("DOCKER_TLS_VERIFY") != null) {
            env.add("DOCKER_TLS_VERIFY=" + System.getenv("DOCKER_TLS_VERIFY"));
        }
        if (certs != null && !certs.isBlank()) {
            env.add("DOCKER_CERT_PATH=" + certs);
            binds.add(Bind.parse(certs + ":" + certs + ":ro"));
        }
        host.withBinds(binds);
    }

    private int awaitListening(String id, Path logFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Closeable follower = new ContainerLogs(docker).follow(id, logFile)) {
            while (true) {
                String output = Files.isRegularFile(logFile)
                        ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
                Optional<Integer> port = ReaperProtocol.listeningPort(output);
                if (port.isPresent()) {
                    return port.get();
                }
                InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
                if (!Boolean.TRUE.equals(state.getRunning()) || System.nanoTime() > deadline) {
                    throw new ClusterException("the reaper (" + id.substring(0, 12) + ") "
                            + (Boolean.TRUE.equals(state.getRunning()) ? "did not listen within " + timeout.toSeconds()
                            + " s" : "exited with code " + state.getExitCodeLong()) + "; last lines of " + logFile
                            + ":\n" + LogTail.of(logFile, 20));
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow the reaper's log " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for the reaper", e);
        }
    }

    /** The docker-java this JVM runs: the reaper's image gets the same. */
    private static String dockerJavaVersion() {
        try (InputStream in = ReaperStarter.class.getClassLoader().getResourceAsStream(DOCKER_JAVA_POM)) {
            if (in == null) {
                throw new ClusterException("cannot tell docker-java's version: " + DOCKER_JAVA_POM
                        + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
