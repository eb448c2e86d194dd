package io.github.batchlayer.kafka;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrefetchingIteratorTest {

    @Test
    void deliversEveryElementInOrder() {
        List<Integer> source = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        try (PrefetchingIterator<Integer> it = new PrefetchingIterator<>(source.iterator(), 2, 16, 100, i -> i % 7, "t")) {
            it.forEachRemaining(seen::add);
            assertFalse(it.hasNext());
        }
        assertEquals(source, seen);
    }

    @Test
    void aFailureOfTheSourceSurfacesAfterTheElementsBeforeIt() {
        Iterator<Integer> failing = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == 3) {
                    throw new IllegalArgumentException("record 3 is broken");
                }
                return i++;
            }
        };
        try (PrefetchingIterator<Integer> it = new PrefetchingIterator<>(failing, 2, 2, Long.MAX_VALUE, i -> 1, "t")) {
            assertEquals(0, it.next());
            assertEquals(1, it.next());
            assertEquals(2, it.next());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, it::hasNext);
            assertEquals("record 3 is broken", e.getMessage());
        }
    }
}
