package io.github.batchlayer.job.spark;

/**
 * A job's input is over its driver's {@link InputLimit}: thrown after planning and before anything is committed
 * (the writer lease is released on the way out), and answered by the warm driver with
 * {@code HANDED_BACK} instead of an exit code, so no result file is written and the goal runs the job again on a
 * fresh driver.
 */
final class InputOverLimitException extends RuntimeException {
    InputOverLimitException(String message) {
        super(message);
    }
}
