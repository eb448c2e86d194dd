package io.github.batchlayer.cluster;

/** A cluster that did not come up or could not be reached; the message says which service and where its log is. */
public class ClusterException extends RuntimeException {
    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
