package io.github.batchlayer.dataset;

import java.util.function.Consumer;

/**
 * Tells, in one streaming pass, which records fall in a slice whose bounds may count from the end of the file
 * ({@code [-1:)}, {@code [0:-10)}) before the file's length is known. A record whose fate depends on that length
 * waits in a window of the last |bound| records; every other record is decided as it streams by. Memory grows
 * with the magnitude of a negative bound only, never with the file (no window at all for non-negative bounds).
 */
final class SliceFilter {
    /** What the validator keeps of a record: enough to check its size and name it in an error. */
    record Sized(long index, long byteOffset, long size) {
    }

    private final Slice slice;
    private final long window;
    private long[] ring = new long[0]; // index, byteOffset, size per waiting record, oldest at head
    private int head;
    private int waiting;

    SliceFilter(Slice slice) {
        this.slice = slice;
        // from < 0: a record is in the slice only if it is among the last -from; from >= 0 but to < 0: only if
        // at least -to records follow it. Either way a record is decided once `window` records have followed.
        this.window = slice.from() < 0 ? -slice.from() : Math.max(0, -slice.to());
    }

    /** Takes the next record; hands {@code inSlice} this or an earlier record once it is known to be in the slice. */
    void accept(Sized record, Consumer<Sized> inSlice) {
        if (window == 0) {
            if (slice.contains(record.index())) {
                inSlice.accept(record);
            }
            return;
        }
        if (slice.from() >= 0 && record.index() < slice.from()) {
            return; // before a non-negative start: never in the slice
        }
        if (waiting == window) {
            Sized decided = poll();
            // `window` records follow it: with from >= 0 (and to < 0) it is in; with from < 0 it is too early
            if (slice.from() >= 0) {
                inSlice.accept(decided);
            }
        }
        offer(record);
    }

    /** Ends the pass: the waiting records are decided against the slice resolved for the file's record count. */
    void finish(Slice resolved, Consumer<Sized> inSlice) {
        while (waiting > 0) {
            Sized record = poll();
            if (resolved.contains(record.index())) {
                inSlice.accept(record);
            }
        }
    }

    private void offer(Sized record) {
        if (waiting * 3 == ring.length) {
            grow();
        }
        int at = (int) ((head + (long) waiting * 3) % ring.length);
        ring[at] = record.index();
        ring[at + 1] = record.byteOffset();
        ring[at + 2] = record.size();
        waiting++;
    }

    private Sized poll() {
        Sized record = new Sized(ring[head], ring[head + 1], ring[head + 2]);
        head = (head + 3) % ring.length;
        waiting--;
        return record;
    }

    /** Doubles the ring (up to the window), unrolling it so the oldest record is first again. */
    private void grow() {
        long capacity = Math.min(window, Math.max(16, waiting * 2L));
        if (capacity * 3 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("slice " + slice + " counts too far back from the end");
        }
        long[] bigger = new long[(int) capacity * 3];
        int tail = ring.length - head;
        System.arraycopy(ring, head, bigger, 0, Math.min(tail, waiting * 3));
        if (waiting * 3 > tail) {
            System.arraycopy(ring, 0, bigger, tail, waiting * 3 - tail);
        }
        ring = bigger;
        head = 0;
    }
}
