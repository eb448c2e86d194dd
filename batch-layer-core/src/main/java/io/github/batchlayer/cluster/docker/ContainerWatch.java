package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.probe.ReadinessSequence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The cluster's containers as the readiness sequence watches them: any one that stopped running has exited. */
final class ContainerWatch implements ReadinessSequence.ServiceWatch {

    private final DockerClient docker;
    private final Map<String, String> containerOf;
    private final Path logDir;

    /** @param containerOf service name to container id, in start order */
    ContainerWatch(DockerClient docker, Map<String, String> containerOf, Path logDir) {
        this.docker = docker;
        this.containerOf = containerOf;
        this.logDir = logDir;
    }

    @Override
    public Optional<String> exited() {
        return containerOf.entrySet().stream()
                .filter(container -> !ContainerStatus.of(docker, container.getValue()).running())
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public String exitDetail(String service) {
        return ContainerStatus.of(docker, containerOf.get(service)).describe();
    }

    @Override
    public Path logFile(String service) {
        return DockerLauncher.logFile(logDir, service);
    }
}
