package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterTimeoutException;
import io.github.batchlayer.cluster.docker.DockerUnavailableException;
import io.github.batchlayer.cluster.docker.ImageBuildException;
import io.github.batchlayer.cluster.docker.UnsuitableDockerEngineException;

import java.nio.file.Path;

/**
 * The next step for a cluster-up failure, by its cause: a timeout asks for a longer readyTimeoutSeconds, an absent
 * Docker engine for one (or another launcher), an engine whose host network is not Maven's for another launcher, a
 * failed image build for an offline base image; anything else points at the logs. The cause is the first
 * {@link ClusterException} in the chain, so a failure that merely wraps a timeout (another service exited
 * meanwhile) is not taken for one.
 */
final class ClusterUpNextStep {

    private ClusterUpNextStep() {
    }

    static String of(Throwable failure, int readyTimeoutSeconds, Path logDir) {
        Throwable cause = failure;
        while (!(cause instanceof ClusterException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String logs = "logs are in " + logDir;
        if (cause instanceof ClusterTimeoutException) {
            return "raise -Dbatch-layer.readyTimeoutSeconds (now " + readyTimeoutSeconds
                    + ") on a slow machine; " + logs;
        }
        if (cause instanceof UnsuitableDockerEngineException) {
            return "use -Dbatch-layer.launcher=embedded (forked JVMs, no Docker) or -Dbatch-layer.launcher=external"
                    + " (a cluster of your own), or point DOCKER_HOST at a native Linux engine on this machine";
        }
        if (cause instanceof DockerUnavailableException) {
            String host = System.getenv("DOCKER_HOST");
            return "no Docker engine answered at " + (host == null ? "the default socket (DOCKER_HOST is unset)"
                    : "DOCKER_HOST=" + host) + ": start one (systemctl start docker, or Docker Desktop), point"
                    + " DOCKER_HOST at a running engine, or use -Dbatch-layer.launcher=embedded";
        }
        if (cause instanceof ImageBuildException) {
            return "if the base image is missing or its registry unreachable, build one offline with"
                    + " cluster/build-base-image.sh and pass -Dbatch-layer.dockerBaseImage=batch-layer/jre:17-bookworm;"
                    + " " + logs;
        }
        return logs;
    }
}
