package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.Slice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins published slices that touch end to start ([0:1000) + [1000:2000) = [0:2000)) so the source file is read
 * once instead of once per publish. Only exact contiguity is merged: overlapping slices stay apart because the
 * records they share were sent to the topic twice and must be counted twice.
 */
public final class RangeMerger {
    private RangeMerger() {
    }

    public static List<Slice> mergeContiguous(List<Slice> slices) {
        List<Slice> sorted = new ArrayList<>(slices);
        sorted.sort(Comparator.comparingLong(Slice::from).thenComparingLong(Slice::to));
        List<Slice> merged = new ArrayList<>();
        List<Slice> pending = new ArrayList<>(sorted);
        // Repeatedly take the lowest slice and extend it with a slice starting exactly at its end; a slice that
        // overlaps is left for a later chain, which keeps duplicates as separate reads.
        while (!pending.isEmpty()) {
            Slice current = pending.remove(0);
            boolean extended = true;
            while (extended && !current.isOpenEnded()) {
                extended = false;
                for (int i = 0; i < pending.size(); i++) {
                    if (pending.get(i).from() == current.to()) {
                        current = new Slice(current.from(), pending.remove(i).to());
                        extended = true;
                        break;
                    }
                }
            }
            merged.add(current);
        }
        return merged;
    }
}
