package io.github.batchlayer.job.spark;

/**
 * How many files to write: about one per {@code rowsPerFile} rows, at least one, never more than the data's
 * partitions (coalesce cannot add any). Avoids the seed's 200 tiny files and keeps big batches parallel.
 */
public final class FileCount {
    public static final long DEFAULT_ROWS_PER_FILE = 200_000L;

    private FileCount() {
    }

    public static int of(long rows, long rowsPerFile, int partitions) {
        long wanted = Math.max(1L, (rows + rowsPerFile - 1) / rowsPerFile);
        return (int) Math.max(1L, Math.min(wanted, Math.max(1, partitions)));
    }
}
