package io.github.batchlayer.job.contract;

/** A mistake on the command line: reported as one line and exit code 2, without a stack trace being useful. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
