package io.github.batchlayer.job.spark;

/**
 * The offsets of one Kafka partition a batch covers: {@code from} inclusive, {@code until} exclusive, as
 * Spark's startingOffsets/endingOffsets mean them. Written as {@code [from, until]} in manifests and results.
 */
public record OffsetRange(int partition, long from, long until) {
    public OffsetRange {
        if (from < 0 || until < from) {
            throw new IllegalArgumentException("bad offset range for partition " + partition + ": [" + from + ", "
                    + until + ")");
        }
    }

    public boolean isEmpty() {
        return from == until;
    }

    @Override
    public String toString() {
        return partition + ":[" + from + "," + until + ")";
    }
}
