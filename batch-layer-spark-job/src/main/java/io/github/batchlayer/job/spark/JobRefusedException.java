package io.github.batchlayer.job.spark;

/**
 * A known, expected refusal of a command (another ingest holds the raw path's lease, the topic changed under the
 * committed batches): its message says what happened and what to do, so the job writes the message alone into the
 * result file, marked as a refusal, and prints no stack trace; the plugin shows it without the driver's log tail.
 */
public class JobRefusedException extends IllegalStateException {
    public JobRefusedException(String message) {
        super(message);
    }
}
