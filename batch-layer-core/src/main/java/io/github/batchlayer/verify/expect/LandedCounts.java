package io.github.batchlayer.verify.expect;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The Spark side of a count-by reconciliation, as the summarize job counted it: per value of one field path, the
 * committed raw rows and the quarantined messages holding it. The null key counts rows and messages without a
 * value (and messages that are not JSON at all).
 *
 * @param path        the dotted field path counted
 * @param raw         value to committed raw rows
 * @param quarantined value to quarantined messages
 */
public record LandedCounts(String path, Map<String, Long> raw, Map<String, Long> quarantined) {

    public LandedCounts {
        // HashMap, not Map.copyOf: null is a key here
        raw = Collections.unmodifiableMap(new HashMap<>(raw));
        quarantined = Collections.unmodifiableMap(new HashMap<>(quarantined));
    }

    /** Raw + quarantined per value, values in canonical form ({@link CellValue}). */
    public Map<String, Long> total() {
        Map<String, Long> total = new HashMap<>();
        raw.forEach((k, v) -> total.merge(CellValue.canonical(k), v, Long::sum));
        quarantined.forEach((k, v) -> total.merge(CellValue.canonical(k), v, Long::sum));
        return total;
    }
}
