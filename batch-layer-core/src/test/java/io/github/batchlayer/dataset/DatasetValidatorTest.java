package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetValidatorTest {
    @TempDir
    Path dir;

    @Test
    void summarisesTheSlice() throws IOException {
        Path f = Files.writeString(dir.resolve("v.json"), "[ {\"a\": 1}, {\"a\": 22}, {\"a\": 333} ]");
        DatasetSummary s = DatasetValidator.validate(f, Slice.parse("1:3"), 100);
        assertEquals(new DatasetSummary(3, new Slice(1, 3), 2, 8 + 9, 9), s);
    }

    @Test
    void refusesARecordOverTheLimitInTheSliceOnly() throws IOException {
        Path f = Files.writeString(dir.resolve("big.json"), "[{\"a\":1},\n{\"a\":\"" + "x".repeat(50) + "\"}]");
        // outside the slice the big record is not a problem
        assertEquals(1, DatasetValidator.validate(f, Slice.parse("0:1"), 20).sliceRecords());
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 20));
        assertEquals(1, e.recordIndex());
        assertEquals(10, e.byteOffset());
        assertTrue(e.getMessage().contains("record 1 at byte 10 is 58 bytes when compact, larger than the topic's"
                + " max.message.bytes 20"), e.getMessage());
    }

    @Test
    void checksTheWholeFileEvenForASmallSlice() throws IOException {
        Path f = Files.writeString(dir.resolve("late.json"), "[{\"a\":1},{\"a\":2},\"oops\"]");
        DatasetException e = assertThrows(DatasetException.class,
                () -> DatasetValidator.validate(f, Slice.parse("0:1"), 100));
        assertTrue(e.getMessage().contains("record 2 at byte 17 is a string"), e.getMessage());
    }

    @Test
    void checksTheSliceAgainstTheCount() throws IOException {
        Path f = Files.writeString(dir.resolve("few.json"), "[{},{}]");
        DatasetException e = assertThrows(DatasetException.class,
                () -> DatasetValidator.validate(f, Slice.parse("0:3"), 100));
        assertTrue(e.getMessage().contains("few.json") && e.getMessage().contains("2 records"), e.getMessage());
    }

    @Test
    void resolvesBoundsFromTheEndInTheSamePass() throws IOException {
        Path f = Files.writeString(dir.resolve("tail.json"),
                "[{\"a\":\"" + "x".repeat(50) + "\"},{\"a\":1},{\"a\":22},{\"a\":333}]");
        // jq's .[-2:]: the last two records; the big first record is outside, so the limit does not matter
        assertEquals(new DatasetSummary(4, new Slice(2, Slice.OPEN), 2, 8 + 9, 9),
                DatasetValidator.validate(f, Slice.of(-2L, null), 20));
        assertEquals(new DatasetSummary(4, new Slice(1, 3), 2, 7 + 8, 8),
                DatasetValidator.validate(f, Slice.of(1L, -1L), 20));
        DatasetException big = assertThrows(DatasetException.class,
                () -> DatasetValidator.validate(f, Slice.of(-4L, -3L), 20));
        assertEquals(0, big.recordIndex());
        DatasetException early = assertThrows(DatasetException.class,
                () -> DatasetValidator.validate(f, Slice.of(-5L, null), 1000));
        assertTrue(early.getMessage().contains("slice [-5:) counts back past the first record; the file has 4 records"), early.getMessage());
    }
}
