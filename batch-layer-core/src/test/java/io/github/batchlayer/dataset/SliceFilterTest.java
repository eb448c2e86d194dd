package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SliceFilterTest {

    /** The filter's one-pass answer must be what the slice resolved for the known count selects. */
    @Test
    void selectsWhatTheResolvedSliceSelects() {
        long[] bounds = {-40, -17, -16, -3, -1, 0, 1, 2, 15, 16, 39};
        for (int count = 0; count <= 40; count += 3) {
            for (long from : bounds) {
                for (Long to : new Long[] {null, -40L, -17L, -3L, -1L, 0L, 2L, 16L, 38L}) {
                    Slice slice = Slice.of(from, to);
                    long n = count;
                    Slice resolved = slice.resolve(n);
                    List<Long> expected = LongStream.range(0, n).filter(resolved::contains).boxed().toList();
                    assertEquals(expected, select(slice, n), slice + " of " + n + " records");
                }
            }
        }
    }

    @Test
    void handsRecordsOverInFileOrderWithTheirOffsetsAndSizes() {
        SliceFilter filter = new SliceFilter(Slice.of(1L, -1L));
        List<SliceFilter.Sized> in = new ArrayList<>();
        for (long i = 0; i < 4; i++) {
            filter.accept(new SliceFilter.Sized(i, 100 * i, 10 + i), in::add);
        }
        filter.finish(Slice.of(1L, -1L).resolve(4), in::add);
        assertEquals(List.of(new SliceFilter.Sized(1, 100, 11), new SliceFilter.Sized(2, 200, 12)), in);
    }

    private static List<Long> select(Slice slice, long count) {
        SliceFilter filter = new SliceFilter(slice);
        List<Long> in = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            filter.accept(new SliceFilter.Sized(i, i * 10, 1), r -> in.add(r.index()));
        }
        filter.finish(slice.resolve(count), r -> in.add(r.index()));
        return in;
    }
}
