package io.github.batchlayer.dataset;

/**
 * What a successful {@link DatasetValidator} pass found: the file's record count, the slice with bounds counted
 * from the end resolved, how many records and compact bytes the slice holds, the size of its largest record
 * (to compare with the topic's max.message.bytes), and the file's encoding.
 */
public record DatasetSummary(long records, Slice slice, long sliceRecords, long sliceBytes, long maxRecordBytes,
                             SourceEncoding encoding) {

    /** A UTF-8 file's summary. */
    public DatasetSummary(long records, Slice slice, long sliceRecords, long sliceBytes, long maxRecordBytes) {
        this(records, slice, sliceRecords, sliceBytes, maxRecordBytes, SourceEncoding.UTF_8);
    }
}
