package io.github.batchlayer.job.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The offsets of one partition a batch covers, {@code from} inclusive, {@code until} exclusive (as Spark's
 * startingOffsets/endingOffsets mean them). Written {@code [from, until]}, the form of the manifests.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"from", "until"})
public record OffsetSpan(long from, long until) {
    @Override
    public String toString() {
        return "[" + from + "," + until + "]";
    }
}
