package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.Slice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RangeMergerTest {
    @Test
    void theSeedSlicesMergeIntoOne() {
        List<Slice> seed = List.of(new Slice(3279, 3280), new Slice(0, 1000), new Slice(2000, 3000),
                new Slice(1000, 2000), new Slice(3000, 3279));
        assertEquals(List.of(new Slice(0, 3280)), RangeMerger.mergeContiguous(seed));
    }

    @Test
    void overlapsAndGapsStayApartSoDuplicatesCountTwice() {
        assertEquals(List.of(new Slice(0, 10), new Slice(5, 15)),
                RangeMerger.mergeContiguous(List.of(new Slice(5, 15), new Slice(0, 10))));
        assertEquals(List.of(new Slice(0, 5), new Slice(7, 9)),
                RangeMerger.mergeContiguous(List.of(new Slice(7, 9), new Slice(0, 5))));
        assertEquals(List.of(new Slice(0, 20), new Slice(0, 10)),
                RangeMerger.mergeContiguous(List.of(new Slice(0, 10), new Slice(0, 10), new Slice(10, 20))));
    }

    @Test
    void anOpenEndEndsTheChain() {
        assertEquals(List.of(new Slice(0, Slice.OPEN)),
                RangeMerger.mergeContiguous(List.of(new Slice(3, Slice.OPEN), new Slice(0, 3))));
    }
}
