package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;

/**
 * Compose's {@code depends_on} conditions: before a service starts, each dependency must be started,
 * healthy (its healthcheck passed) or completed successfully. Fails fast when a dependency exits or turns
 * unhealthy, with its log tail.
 */
final class DependencyConditions {

    private final DockerClient docker;

    DependencyConditions(DockerClient docker) {
        this.docker = docker;
    }

    /**
     * Whether a dependency's condition holds now; throws when it never will (the dependency exited or turned
     * unhealthy).
     */
    boolean isMet(String dependency, String containerId, String condition, Path logFile) {
        if (ComposeService.STARTED.equals(condition)) {
            return true;
        }
        ContainerStatus status = ContainerStatus.of(docker, containerId);
        if (ComposeService.HEALTHY.equals(condition)) {
            if (status.running() && "healthy".equals(status.health())) {
                return true;
            }
            if (!status.running() || "unhealthy".equals(status.health())) {
                throw failure(dependency, "is " + status.describe(), logFile);
            }
            return false;
        }
        if (!status.running()) {
            if (Long.valueOf(0).equals(status.exitCode())) {
                return true;
            }
            throw failure(dependency, status.describe(), logFile);
        }
        return false;
    }

    private static ClusterException failure(String service, String what, Path logFile) {
        return new ClusterException(service + " " + what + "; last lines of " + logFile + ":\n"
                + LogTail.of(logFile, 40));
    }
}
