package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;

/** A cluster image did not build: most often its base image is neither local nor pullable from a registry. */
public class ImageBuildException extends ClusterException {
    public ImageBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
