package io.github.batchlayer.verify;

import io.github.batchlayer.job.contract.IngestResult;

/**
 * One ingest run as the journal (or results/ingest.json) tells it.
 *
 * @param execution the Maven execution that ran it, or the result file's path when it came from there
 */
public record IngestBatch(String execution, IngestResult result) {
}
