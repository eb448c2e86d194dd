package io.github.batchlayer.dataset;

import io.github.batchlayer.generator.DatasetGenerator;
import io.github.batchlayer.generator.GeneratorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast publishing reader must give exactly the messages, keys, indexes and offsets of the checking one. */
class ValidatedJsonRecordReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<SourceRecord> read(RecordReader reader) {
        List<SourceRecord> out = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    private static void assertSameAsCheckingReader(Path file, Slice slice, String keyField) {
        DatasetValidator.validate(file, slice, Long.MAX_VALUE);
        List<SourceRecord> expected = read(JsonRecordReader.open(file, slice, keyField));
        List<SourceRecord> actual = read(ValidatedJsonRecordReader.open(file, slice, keyField));
        assertEquals(expected.size(), actual.size(), "record count of " + file.getFileName() + " " + slice);
        for (int i = 0; i < expected.size(); i++) {
            SourceRecord e = expected.get(i);
            SourceRecord a = actual.get(i);
            assertArrayEquals(e.json(), a.json(), "record " + e.index() + ": " + e.jsonText() + " vs " + a.jsonText());
            assertEquals(e.index(), a.index());
            assertEquals(e.byteOffset(), a.byteOffset(), "offset of record " + e.index());
            assertEquals(e.key(), a.key(), "key of record " + e.index());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"k\":\"a\",\"n\":1.0},{\"k\":\"b\",\"x\":[1,2e3,-0.5E-7]}]",
        "[\n  {\"k\": \"a\", \"n\": 1.0, \"t\": \"1516717442.735266\"},\n  {\"k\": 7, \"x\": [1, 2e3]}\n]\n",
        "{\"k\":\"x\"}\n{\"k\":\"y\"} {\"k\":\"z\"}\n\n",
        "\uFEFF[{\"k\":\"bom\"}]",
        " [ ] ",
        "[{}, {\"k\":{}} ,{\"k\":[]},{\"a\":{\"k\":\"nested, not top level\"},\"k\":\"top\"}]",
        "[{\"k\":\"quote \\\" and backslash \\\\ and brace } ] in strings\"}]",
        "[{\"k\":\"\\u00e9t\\u00e9 \\/ \\n\"},{\"k\":\"été — 日本 \uD83D\uDE00\"}]",
        "[{\"k\":\"del \u007f, line separator \u2028, nbsp \u00a0 raw\"}]",
        "[{\"k\":\"a b\",\"s\":\" spaces inside strings are data \"},{\"k\" :\"c\"}]",
        "[{\"k\":true,\"f\":false,\"z\":null,\"big\":123456789012345678901234567890.000000000000000000001}]",
    })
    void sameMessagesAsTheCheckingReader(String content) throws IOException {
        Path f = write("f.json", content);
        assertSameAsCheckingReader(f, Slice.all(), "k");
        assertSameAsCheckingReader(f, Slice.all(), null);
        if (RecordReader.count(f, "json") >= 2) {
            assertSameAsCheckingReader(f, Slice.of(1L, 2L), "k");
        }
    }

    @Test
    void generatedDataSlicesAndKeysMatch() throws IOException {
        Path f = dir.resolve("gen.json");
        DatasetGenerator.generate(f, GeneratorProfile.SCALED, 500, 7);
        assertSameAsCheckingReader(f, Slice.all(), "keen_id");
        assertSameAsCheckingReader(f, Slice.of(17L, 400L), null);
        assertSameAsCheckingReader(f, Slice.of(499L, 500L), "keen_id");
    }

    @Test
    void recordsLargerThanTheReadBufferAndRandomWhitespace() throws IOException {
        Random random = new Random(42);
        StringBuilder json = new StringBuilder("[");
        for (int r = 0; r < 40; r++) {
            json.append(r == 0 ? "" : ",").append(random.nextBoolean() ? "\n" : "").append("{\"k\":\"r").append(r)
                    .append("\",\"v\":[");
            int values = r % 10 == 3 ? 150_000 : 20; // a few records of ~1.5 MB, more than the 1 MiB read buffer
            for (int v = 0; v < values; v++) {
                json.append(v == 0 ? "" : ",").append(random.nextInt(5) == 0 ? " " : "")
                        .append(random.nextBoolean() ? "\"s\\\"" + v + "\"" : String.valueOf(v));
            }
            json.append("]}");
        }
        Path f = write("big.json", json.append("]").toString());
        assertSameAsCheckingReader(f, Slice.all(), "k");
        assertSameAsCheckingReader(f, Slice.of(3L, 14L), "k");
    }

    @Test
    void aFileThatChangedShapeFailsNamingTheRecord() throws IOException {
        Path f = write("c.json", "[{\"i\":0},{\"i\":1},2]");
        DatasetException e = assertThrows(DatasetException.class,
                () -> read(ValidatedJsonRecordReader.open(f, Slice.all(), null)));
        assertEquals(2, e.recordIndex());
        assertTrue(e.getMessage().contains("record 2") && e.getMessage().contains("c.json"), e.getMessage());
        Path cut = write("cut.json", "[{\"i\":0},{\"i\":[1,");
        e = assertThrows(DatasetException.class, () -> read(ValidatedJsonRecordReader.open(cut, Slice.all(), null)));
        assertTrue(e.getMessage().contains("end of file inside record 1"), e.getMessage());
    }
}
