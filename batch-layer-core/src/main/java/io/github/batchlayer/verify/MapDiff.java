package io.github.batchlayer.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Key-by-key differences between an expected and an actual count map, with a short sample for people: a check
 * that says "41 keys differ, e.g. ..." is actionable, a dump of thousands of keys is not.
 */
public record MapDiff(int differences, List<String> sample) {

    public static final int SAMPLE_SIZE = 5;

    public static <K> MapDiff of(Map<K, Long> expected, Map<K, Long> actual, Function<K, String> label) {
        // sorted by label so the sample is the same from one run to the next
        TreeSet<String> order = new TreeSet<>();
        Map<String, K> keys = new HashMap<>();
        for (K k : expected.keySet()) {
            keys.put(label.apply(k), k);
        }
        for (K k : actual.keySet()) {
            keys.put(label.apply(k), k);
        }
        order.addAll(keys.keySet());
        int count = 0;
        List<String> sample = new ArrayList<>();
        for (String name : order) {
            K key = keys.get(name);
            Long want = expected.get(key);
            Long got = actual.get(key);
            if (!Objects.equals(want, got)) {
                count++;
                if (sample.size() < SAMPLE_SIZE) {
                    sample.add(name + ": expected " + orMissing(want) + ", got " + orMissing(got));
                }
            }
        }
        return new MapDiff(count, List.copyOf(sample));
    }

    private static String orMissing(Long value) {
        return value == null ? "none" : value.toString();
    }

    public boolean isEmpty() {
        return differences == 0;
    }

    /** e.g. "2 exam(s) differ: Learning Git: expected 394, got 393; ...". */
    public String describe(String what) {
        if (isEmpty()) {
            return "all equal";
        }
        return differences + " " + what + (differences == 1 ? " differs: " : " differ: ") + String.join("; ", sample)
                + (differences > sample.size() ? "; ..." : "");
    }
}
