package io.github.batchlayer.kafka;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which records of one publish the broker acknowledged, as ranges of source record indices, and the first record
 * that failed. The producer's callbacks report from its I/O thread while the publishing thread reads, hence the
 * locking. The acknowledged records are the ones certainly in the topic; with several partitions, or after a
 * failure (the producer may still deliver records queued behind the one that failed), they need not be one range.
 */
final class Acknowledgements {

    /** Acknowledged record indices: start of a range to the index it stops before, adjacent ranges merged. */
    private final TreeMap<Long, Long> ranges = new TreeMap<>();
    private long count;
    private long firstFailedIndex = -1;
    private Exception firstFailure;

    synchronized void acknowledged(long index) {
        count++;
        Map.Entry<Long, Long> before = ranges.floorEntry(index);
        long start = index;
        long end = index + 1;
        if (before != null && before.getValue() >= index) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        Long after = ranges.get(end);
        if (after != null) {
            ranges.remove(end);
            end = after;
        }
        ranges.put(start, end);
    }

    /**
     * Records the failure of one record; the first one is what a publish reports.
     *
     * @return true for the first failure
     */
    synchronized boolean failed(long index, Exception error) {
        if (firstFailure != null) {
            return false;
        }
        firstFailure = error;
        firstFailedIndex = index;
        return true;
    }

    synchronized long count() {
        return count;
    }

    synchronized boolean hasFailure() {
        return firstFailure != null;
    }

    synchronized long firstFailedIndex() {
        return firstFailedIndex;
    }

    synchronized Exception firstFailure() {
        return firstFailure;
    }

    /** The highest acknowledged record index, -1 when none was acknowledged. */
    synchronized long lastIndex() {
        return ranges.isEmpty() ? -1 : ranges.lastEntry().getValue() - 1;
    }

    /** The acknowledged records as jq-style slices, e.g. {@code [0:1200) [1300:1310)}; "none" when empty. */
    synchronized String describeRanges() {
        return ranges.isEmpty() ? "none" : ranges.entrySet().stream()
                .map(r -> "[" + r.getKey() + ":" + r.getValue() + ")").collect(Collectors.joining(" "));
    }

    /** Where the acknowledged records stop, when they are the single range starting at {@code first}; else -1. */
    synchronized long endOfPrefixFrom(long first) {
        return ranges.size() == 1 && ranges.firstKey() == first ? ranges.firstEntry().getValue() : -1;
    }
}
