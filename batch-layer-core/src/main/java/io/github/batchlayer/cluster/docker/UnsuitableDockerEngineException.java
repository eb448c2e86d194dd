package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;

/**
 * A Docker engine answered, but its host network is not this machine's (Docker Desktop, a VM, rootless, another
 * machine or container): the docker launcher's containers would be unreachable on 127.0.0.1.
 */
public class UnsuitableDockerEngineException extends ClusterException {
    public UnsuitableDockerEngineException(String message) {
        super(message);
    }
}
