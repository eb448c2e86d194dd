package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Compose's {@code depends_on} conditions: before a service starts, each dependency must be started,
 * healthy (its healthcheck passed) or completed successfully. Fails fast when a dependency exits or turns
 * unhealthy, with its log tail.
 */
final class DependencyWaiter {

    private final DockerClient docker;
    private final Duration timeout;

    DependencyWaiter(DockerClient docker, Duration timeout) {
        this.docker = docker;
        this.timeout = timeout;
    }

    void await(String dependency, String containerId, String condition, Path logFile) {
        if (ComposeService.STARTED.equals(condition)) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ContainerStatus status = ContainerStatus.of(docker, containerId);
            if (ComposeService.HEALTHY.equals(condition)) {
                if (status.running() && "healthy".equals(status.health())) {
                    return;
                }
                if (!status.running() || "unhealthy".equals(status.health())) {
                    throw failure(dependency, "is " + status.describe(), logFile);
                }
            } else {
                if (!status.running() && Long.valueOf(0).equals(status.exitCode())) {
                    return;
                }
                if (!status.running()) {
                    throw failure(dependency, status.describe(), logFile);
                }
            }
            if (System.nanoTime() > deadline) {
                throw failure(dependency, "is not " + condition.replace("service_", "") + " after "
                        + timeout.toSeconds() + " s (" + status.describe() + ")", logFile);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for " + dependency, e);
            }
        }
    }

    private static ClusterException failure(String service, String what, Path logFile) {
        return new ClusterException(service + " " + what + "; last lines of " + logFile + ":\n"
                + LogTail.of(logFile, 40));
    }
}
