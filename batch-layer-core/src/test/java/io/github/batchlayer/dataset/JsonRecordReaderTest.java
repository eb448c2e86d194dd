package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class JsonRecordReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<SourceRecord> readAll(Path file, Slice slice, String key) {
        List<SourceRecord> out = new ArrayList<>();
        try (JsonRecordReader reader = JsonRecordReader.open(file, slice, key)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    public static byte[] fixture() throws IOException {
        try (InputStream in = JsonRecordReaderTest.class.getResourceAsStream("/assessment-attempts-record0.json")) {
            byte[] all = in.readAllBytes();
            int end = all.length;
            while (end > 0 && Character.isWhitespace(all[end - 1])) {
                end--;
            }
            return Arrays.copyOf(all, end);
        }
    }

    @Test
    void readsArrayWithKeysOffsetsAndCompactJson() throws IOException {
        Path f = write("a.json", "[\n  {\"k\": \"a\", \"n\": 1.0, \"t\": \"1516717442.735266\"},\n  {\"k\": 7, \"x\": [1, 2e3]}\n]\n");
        List<SourceRecord> records = readAll(f, Slice.all(), "k");
        assertEquals(2, records.size());
        assertEquals("{\"k\":\"a\",\"n\":1.0,\"t\":\"1516717442.735266\"}", records.get(0).jsonText());
        assertEquals("a", records.get(0).key());
        assertEquals(4, records.get(0).byteOffset());
        assertEquals("{\"k\":7,\"x\":[1,2e3]}", records.get(1).jsonText());
        assertNull(records.get(1).key(), "a non-string key field gives no key");
        assertEquals(1, records.get(1).index());
    }

    @Test
    void readsNdjsonAndWhitespaceSeparatedObjects() throws IOException {
        Path f = write("a.ndjson", "{\"id\":\"x\"}\n{\"id\":\"y\"} {\"id\":\"z\"}\n\n");
        List<SourceRecord> records = readAll(f, Slice.all(), "id");
        assertEquals(List.of("x", "y", "z"), records.stream().map(SourceRecord::key).toList());
        assertEquals(List.of(0L, 11L, 22L), records.stream().map(SourceRecord::byteOffset).toList());
    }

    @Test
    void sliceIsHalfOpenAndStopsAtItsEnd() throws IOException {
        // record 3 is broken, but a slice ending at 3 never reads it
        Path f = write("s.json", "[{\"i\":0},{\"i\":1},{\"i\":2},{\"i\":3,]");
        List<SourceRecord> records = readAll(f, Slice.parse("[1:3)"), null);
        assertEquals(List.of(1L, 2L), records.stream().map(SourceRecord::index).toList());
        assertEquals("{\"i\":1}", records.get(0).jsonText());
    }

    @Test
    void recordsBeforeTheSliceAreStillChecked() throws IOException {
        Path f = write("s.json", "[{\"i\":0,},{\"i\":1}]");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.of(1L, null), null));
        assertEquals(0, e.recordIndex());
        assertTrue(e.getMessage().contains("record 0"), e.getMessage());
    }

    @Test
    void realRecordZeroRoundTripsByteForByte() throws IOException {
        byte[] expected = fixture();
        assertEquals(2493, expected.length);
        Path f = dir.resolve("r0.json");
        Files.write(f, (("[\n" + new String(expected, StandardCharsets.UTF_8) + "\n]")).getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> records = readAll(f, Slice.all(), "keen_id");
        assertEquals(1, records.size());
        assertArrayEquals(expected, records.get(0).json());
        assertEquals("5a6745820eb8ab00016be1f1", records.get(0).key());
        // the same record as a JSON line
        List<SourceRecord> asLine = readAll(dir.resolve("x"), null, null, expected);
        assertArrayEquals(expected, asLine.get(0).json());
    }

    private static List<SourceRecord> readAll(Path f, Slice slice, String key, byte[] content) throws IOException {
        Files.write(f, content);
        return readAll(f, slice == null ? Slice.all() : slice, key);
    }

    @Test
    void emptyArrayHasNoRecords() throws IOException {
        assertTrue(readAll(write("e.json", " [ ] "), Slice.all(), null).isEmpty());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.json");
        DatasetException e = assertThrows(DatasetException.class, () -> JsonRecordReader.open(f, Slice.all(), null));
        assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("not found"), e.getMessage());
        assertEquals(f, e.file());
        assertEquals(-1, e.recordIndex());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = write("empty.json", "");
        DatasetException e = assertThrows(DatasetException.class, () -> JsonRecordReader.open(empty, Slice.all(), null));
        assertTrue(e.getMessage().contains("empty.json") && e.getMessage().contains("empty"), e.getMessage());
        Path blank = write("blank.json", " \n ");
        e = assertThrows(DatasetException.class, () -> JsonRecordReader.open(blank, Slice.all(), null));
        assertTrue(e.getMessage().contains("whitespace"), e.getMessage());
    }

    @Test
    void topLevelScalarIsRefused() throws IOException {
        Path f = write("scalar.json", "  \"just a string\"");
        DatasetException e = assertThrows(DatasetException.class, () -> JsonRecordReader.open(f, Slice.all(), null));
        assertTrue(e.getMessage().contains("top level is a string"), e.getMessage());
        assertEquals(2, e.byteOffset());
    }

    @Test
    void nonObjectElementNamesIndexAndOffset() throws IOException {
        Path f = write("num.json", "[{\"a\":1},{\"a\":2},17]");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.all(), null));
        assertEquals("record 2 at byte 17 is a number, expected a JSON object",
                e.getMessage().substring(e.getMessage().indexOf("record 2 at")));
        assertEquals(2, e.recordIndex());
        assertEquals(17, e.byteOffset());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }

    @Test
    void malformedRecordMidFile() throws IOException {
        Path f = write("bad.json", "[{\"a\":1},\n{\"a\":2},\n{\"a\" 3}]");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.all(), null));
        assertEquals(2, e.recordIndex());
        assertTrue(e.byteOffset() >= 22 && e.byteOffset() <= 24, "offset " + e.byteOffset());
        assertTrue(e.getMessage().contains("record 2 near byte " + e.byteOffset() + " is malformed JSON"), e.getMessage());
    }

    @Test
    void truncatedArray() throws IOException {
        Path f = write("trunc.json", "[{\"a\":1},{\"a\":");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.all(), null));
        assertEquals(1, e.recordIndex());
        assertTrue(e.getMessage().contains("record 1"), e.getMessage());
    }

    @Test
    void trailingGarbageAfterArray() throws IOException {
        Path f = write("tail.json", "[{\"a\":1}] xyz");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.all(), null));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
        assertTrue(e.byteOffset() >= 10, "offset " + e.byteOffset());
        Path second = write("tail2.json", "[{\"a\":1}]\n[{\"a\":2}]");
        e = assertThrows(DatasetException.class, () -> readAll(second, Slice.all(), null));
        assertTrue(e.getMessage().contains("trailing data after the closing ']' at byte 10"), e.getMessage());
    }

    @Test
    void arrayInsideNdjsonIsRefused() throws IOException {
        Path f = write("mixed.ndjson", "{\"a\":1}\n[1]\n");
        DatasetException e = assertThrows(DatasetException.class, () -> readAll(f, Slice.all(), null));
        assertTrue(e.getMessage().contains("record 1 at byte 8 is an array"), e.getMessage());
    }

    @Test
    void iteratorEndsCleanly() throws IOException {
        Path f = write("one.json", "[{}]");
        try (JsonRecordReader r = JsonRecordReader.open(f, Slice.all(), null)) {
            assertTrue(r.isArray());
            assertTrue(r.hasNext());
            assertEquals("{}", r.next().jsonText());
            assertFalse(r.hasNext());
            assertThrows(java.util.NoSuchElementException.class, r::next);
        }
    }
}
