package io.github.batchlayer.dataset;

/**
 * What a successful {@link DatasetValidator} pass found: the file's record count, how many records and compact
 * bytes the slice holds, and the size of its largest record (to compare with the topic's max.message.bytes).
 */
public record DatasetSummary(long records, long sliceRecords, long sliceBytes, long maxRecordBytes) {
}
