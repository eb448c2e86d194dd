package io.github.batchlayer.verify;

/**
 * One ingest run as the journal (or results/ingest.json) tells it.
 *
 * @param offsets   offsets landed, JSON text as the job reports them, e.g. {"0":[0,3279]}
 * @param reasons   why messages were quarantined, JSON text, or null
 * @param committed rows landed by all committed batches after this run, or null
 */
public record IngestBatch(String execution, Long batchId, String offsets, long rowsLanded, long quarantined,
                          String reasons, Long committed, double seconds) {
}
