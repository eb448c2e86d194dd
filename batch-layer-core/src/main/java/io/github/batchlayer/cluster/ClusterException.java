package io.github.batchlayer.cluster;

/** A cluster that did not come up or could not be reached; the message says which service and where its log is. */
public class ClusterException extends RuntimeException {
    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What a failed task of a start (on another thread) threw, to throw on the starting thread: its own
     * exception when unchecked, else one naming {@code what} failed.
     */
    public static RuntimeException of(java.util.concurrent.ExecutionException failed, String what) {
        Throwable cause = failed.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new ClusterException(what + " failed: " + cause, cause);
    }
}
