package io.github.batchlayer.job.contract;

import java.util.Optional;

/**
 * A result file as read back: the command's result, or the error the job wrote in its place when the command
 * failed after Spark had started.
 *
 * @param refused the error is a known refusal (another writer holds the lease, the topic changed): its message
 *                says what happened and what to do, and the driver's log adds nothing to it
 */
public record JobOutcome<R>(R result, String error, boolean refused) {
    public JobOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome is a result or an error");
        }
        if (refused && error == null) {
            throw new IllegalArgumentException("only an error is a refusal");
        }
    }

    public boolean failed() {
        return error != null;
    }

    public Optional<R> success() {
        return Optional.ofNullable(result);
    }
}
