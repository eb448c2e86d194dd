package io.github.batchlayer.cluster;

/** A service that was still not ready when the ready timeout ran out (it did not exit, it was just slow). */
public class ClusterTimeoutException extends ClusterException {
    public ClusterTimeoutException(String message) {
        super(message);
    }
}
