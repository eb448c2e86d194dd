package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides the offsets the next batch reads. Ending: explicit, else the broker's end offsets taken now (so the
 * batch is a fixed range even while producers keep writing). Starting: explicit, else where the committed
 * manifests stop, else the partition's beginning. Spark's special values are resolved here to real numbers
 * (-2 earliest, -1 latest) because a manifest must record real offsets.
 */
public final class OffsetPlanner {
    static final long EARLIEST = -2L;
    static final long LATEST = -1L;

    private final KafkaOffsetLookup lookup;
    private final List<String> warnings = new ArrayList<>();
    private Map<Integer, Long> endOffsets;      // fetched at most once

    public OffsetPlanner(KafkaOffsetLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * @param startingJson  {@code --starting-offsets} or null
     * @param endingJson    {@code --ending-offsets} or null
     * @param committedUntil for each partition, the end of the last committed batch of this topic
     */
    public BatchRange plan(String topic, String startingJson, String endingJson, Map<Integer, Long> committedUntil) {
        SortedMap<Integer, Long> ending = endingJson != null
                ? OffsetsJson.parse(endingJson, topic) : new TreeMap<>(endOffsets(topic));
        for (Map.Entry<Integer, Long> e : ending.entrySet()) {
            if (e.getValue() == LATEST) {
                e.setValue(required(endOffsets(topic), e.getKey(), "end"));
            } else if (e.getValue() < 0) {
                throw new UsageException("ending offset of partition " + e.getKey() + " must be >= 0 or -1 (latest)");
            }
        }
        SortedMap<Integer, Long> starting = startingJson != null
                ? OffsetsJson.parse(startingJson, topic) : new TreeMap<>();
        for (Integer p : starting.keySet()) {
            if (!ending.containsKey(p)) {
                throw new UsageException("starting offsets name partition " + p + " which has no ending offset");
            }
        }
        List<Integer> needBeginning = new ArrayList<>();
        for (Integer p : ending.keySet()) {
            Long explicit = starting.get(p);
            if (explicit == null) {
                Long committed = committedUntil.get(p);
                if (committed != null) {
                    starting.put(p, committed);
                } else {
                    needBeginning.add(p);
                }
            } else if (explicit == EARLIEST) {
                needBeginning.add(p);
            } else if (explicit == LATEST) {
                starting.put(p, required(endOffsets(topic), p, "end"));
            } else if (explicit < 0) {
                throw new UsageException("starting offset of partition " + p + " must be >= 0, -2 or -1");
            } else if (committedUntil.containsKey(p) && explicit < committedUntil.get(p)) {
                // Allowed (the seed re-reads explicitly), but it lands these records a second time.
                warnings.add("starting offset " + explicit + " of partition " + p + " is before the committed end "
                        + committedUntil.get(p) + ": those records will be landed again");
            }
        }
        if (!needBeginning.isEmpty()) {
            Map<Integer, Long> beginning = lookup.beginningOffsets(topic, needBeginning);
            needBeginning.forEach(p -> starting.put(p, required(beginning, p, "beginning")));
        }
        SortedMap<Integer, OffsetRange> ranges = new TreeMap<>();
        for (Map.Entry<Integer, Long> e : ending.entrySet()) {
            int p = e.getKey();
            long from = starting.get(p);
            long until = e.getValue();
            if (from > until) {
                throw new IllegalStateException("partition " + p + " would start at " + from + " after its end " + until
                        + " (topic recreated or ending offsets too small?)");
            }
            ranges.put(p, new OffsetRange(p, from, until));
        }
        return new BatchRange(topic, ranges);
    }

    public List<String> warnings() {
        return warnings;
    }

    private Map<Integer, Long> endOffsets(String topic) {
        if (endOffsets == null) {
            endOffsets = lookup.endOffsets(topic);
        }
        return endOffsets;
    }

    private static long required(Map<Integer, Long> offsets, int partition, String what) {
        Long offset = offsets.get(partition);
        if (offset == null) {
            throw new IllegalStateException("the broker gave no " + what + " offset for partition " + partition);
        }
        return offset;
    }
}
