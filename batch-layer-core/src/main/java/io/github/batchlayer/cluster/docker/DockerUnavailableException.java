package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;

/** No Docker engine answered at the address docker-java chose ({@code DOCKER_HOST} or the default socket). */
public class DockerUnavailableException extends ClusterException {
    public DockerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
