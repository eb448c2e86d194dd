package io.github.batchlayer.job.contract;

import java.util.List;

/**
 * The Spark side of verify's count-by reconciliation, in the summarize result: per value of a dotted field path,
 * the committed raw rows and the committed quarantined messages holding it.
 *
 * @param path   the dotted field path counted by
 * @param values one entry per value, sorted, the null value (rows or messages without one) first
 */
public record CountBy(String path, List<ValueCount> values) {
    public CountBy {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * @param value       the value as text (scalars cast, structs as JSON), or null for "no value"
     * @param raw         committed raw rows with it
     * @param quarantined committed quarantined messages with it
     */
    public record ValueCount(String value, long raw, long quarantined) {
    }
}
