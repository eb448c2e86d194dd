package io.github.batchlayer.job.contract;

/**
 * One quarantined message as the ingest result shows it, for the verify report (the quarantine itself is parquet
 * on HDFS, which Maven's JVM does not read).
 *
 * @param batch   the batch that quarantined it
 * @param offset  its Kafka offset in {@code partition}
 * @param reason  why it was quarantined ({@code not_json}, {@code missing_keen_id} ...)
 * @param message the start of its text (null when the message had no value)
 */
public record QuarantineSample(long batch, int partition, long offset, String reason, String message) {
}
