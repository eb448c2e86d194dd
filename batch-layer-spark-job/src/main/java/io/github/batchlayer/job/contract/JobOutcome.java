package io.github.batchlayer.job.contract;

import java.util.Optional;

/**
 * A result file as read back: the command's result, or the error the job wrote in its place when the command
 * failed after Spark had started.
 */
public record JobOutcome<R>(R result, String error) {
    public JobOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome is a result or an error");
        }
    }

    public boolean failed() {
        return error != null;
    }

    public Optional<R> success() {
        return Optional.ofNullable(result);
    }
}
