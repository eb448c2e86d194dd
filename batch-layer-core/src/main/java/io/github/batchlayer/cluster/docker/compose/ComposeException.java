package io.github.batchlayer.cluster.docker.compose;

import io.github.batchlayer.cluster.ClusterException;

/** The compose file says something the launcher does not understand or cannot do. */
public class ComposeException extends ClusterException {
    public ComposeException(String message) {
        super(message);
    }
}
