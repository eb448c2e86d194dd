package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SliceTest {
    private final Path file = Path.of("data.json");

    @Test
    void parsesTheUsualForms() {
        assertEquals(new Slice(0, 1000), Slice.parse("[0:1000)"));
        assertEquals(new Slice(0, 1000), Slice.parse("0:1000"));
        assertEquals(new Slice(3000, 3279), Slice.parse(".[3000:3279]"));
        assertEquals(new Slice(3279, Slice.OPEN), Slice.parse("3279:"));
        assertEquals(new Slice(0, 5), Slice.parse(":5"));
        assertEquals(Slice.all(), Slice.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> Slice.parse("[0:10]"));
        assertThrows(IllegalArgumentException.class, () -> Slice.parse("ten"));
    }

    @Test
    void sizeAndContains() {
        Slice s = Slice.parse("[2:5)");
        assertTrue(s.contains(2) && s.contains(4) && !s.contains(5) && !s.contains(1));
        assertEquals(3, s.size(10));
        assertEquals(1, s.size(3));
        assertEquals(10, Slice.all().size(10));
    }

    @Test
    void validatesAgainstTheRecordCount() {
        assertDoesNotThrow(() -> Slice.parse("[3000:3280)").validateAgainst(3280, file));
        assertDoesNotThrow(() -> Slice.parse("[3280:)").validateAgainst(3280, file));
        assertDoesNotThrow(() -> Slice.all().validateAgainst(0, file));
        for (Slice bad : new Slice[] {new Slice(5, 2), new Slice(-1, 3), new Slice(3281, Slice.OPEN), new Slice(0, 3281)}) {
            DatasetException e = assertThrows(DatasetException.class, () -> bad.validateAgainst(3280, file));
            assertTrue(e.getMessage().startsWith("data.json"), e.getMessage());
            if (bad.from() >= 0 && bad.from() <= bad.to()) {
                assertTrue(e.getMessage().contains("3280 records"), e.getMessage());
            }
        }
    }

    @Test
    void negativeBoundsCountFromTheEndLikeJq() {
        assertEquals(new Slice(3279, Slice.OPEN), Slice.of(-1L, null).resolve(3280));
        assertEquals(new Slice(0, 3279), Slice.of(0L, -1L).resolve(3280));
        assertTrue(Slice.of(-5000L, null).resolve(3280).from() < 0, "before the first record stays invalid");
        assertThrows(DatasetException.class,
                () -> Slice.of(-5000L, null).resolve(3280).validateAgainst(3280, java.nio.file.Path.of("f.json")));
    }
}
