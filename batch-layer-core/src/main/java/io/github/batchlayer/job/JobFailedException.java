package io.github.batchlayer.job;

/** The Spark job ended badly; the message carries the tail of its log. */
public class JobFailedException extends RuntimeException {

    private final int exitCode;

    public JobFailedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
