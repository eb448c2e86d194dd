package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;

import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.cluster.docker.compose.Healthcheck;

import java.nio.file.Path;
import java.util.List;

/** Creates and starts one compose service's container, labelled so that it can always be found and removed. */
final class ContainerStarter {

    private final DockerClient docker;
    private final String projectId;
    private final String runId;

    ContainerStarter(DockerClient docker, String projectId, String runId) {
        this.docker = docker;
        this.projectId = projectId;
        this.runId = runId;
    }

    /** @return the container id */
    String start(ComposeService service, String image, Path logFile) {
        HostConfig host = HostConfig.newHostConfig()
                .withBinds(service.volumes().stream().map(Bind::parse).toList());
        if (service.networkMode() != null) {
            host.withNetworkMode(service.networkMode());
        }
        CreateContainerCmd create = docker.createContainerCmd(image)
                .withName(ClusterLabels.containerName(projectId, runId, service.name()))
                .withLabels(ClusterLabels.forContainer(projectId, runId, service.name(), logFile, service.labels()))
                .withEnv(service.environment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toList())
                .withHostConfig(host);
        if (!service.command().isEmpty()) {
            create.withCmd(service.command());
        }
        if (service.healthcheck() != null) {
            create.withHealthcheck(healthCheck(service.healthcheck()));
        }
        String id = create.exec().getId();
        docker.startContainerCmd(id).exec();
        return id;
    }

    private static HealthCheck healthCheck(Healthcheck hc) {
        return new HealthCheck().withTest(List.copyOf(hc.test()))
                .withInterval(hc.interval().toNanos())
                .withTimeout(hc.timeout().toNanos())
                .withRetries(hc.retries())
                .withStartPeriod(hc.startPeriod().toNanos());
    }
}
