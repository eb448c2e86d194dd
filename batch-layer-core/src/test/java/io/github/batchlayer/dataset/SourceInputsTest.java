package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input gets a clear answer from the validating pass: encodings, wrapped records, lines, Jackson's limits. */
class SourceInputsTest {
    @TempDir
    Path dir;

    /** Two records with non-ASCII text, whitespace and an escape, as any editor could write them. */
    private static final String TEXT = "[\n  {\"id\": \"a\", \"name\": \"Zoë \\u00e9\"},\n  {\"id\": \"b\", \"n\": 2}\n]\n";
    private static final List<String> COMPACT = List.of("{\"id\":\"a\",\"name\":\"Zoë é\"}", "{\"id\":\"b\",\"n\":2}");

    @ParameterizedTest
    @CsvSource({
            "UTF-8,    '',       UTF-8",
            "UTF-8,    efbbbf,   UTF-8 with a byte order mark",
            "UTF-16LE, fffe,     UTF-16LE with a byte order mark",
            "UTF-16BE, feff,     UTF-16BE with a byte order mark",
            "UTF-16LE, '',       UTF-16LE",
            "UTF-16BE, '',       UTF-16BE",
            "UTF-32LE, fffe0000, UTF-32LE with a byte order mark",
            "UTF-32BE, 0000feff, UTF-32BE with a byte order mark"})
    void everyEncodingJsonAllowsIsReadAsTheSameUtf8Records(String charset, String bom, String named)
            throws IOException {
        Path f = dir.resolve("enc.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HexFormat.of().parseHex(bom));
        bytes.write(TEXT.getBytes(Charset.forName(charset)));
        Files.write(f, bytes.toByteArray());

        DatasetSummary summary = DatasetValidator.validate(f, Slice.all(), 1000);
        assertEquals(named, summary.encoding().toString());
        assertEquals(2, summary.records());
        long compactBytes = COMPACT.stream().mapToLong(r -> r.getBytes(StandardCharsets.UTF_8).length).sum();
        assertEquals(compactBytes, summary.sliceBytes(), "sizes are those of the UTF-8 messages");
        List<String> records = new ArrayList<>();
        try (RecordReader reader = RecordReader.open(f, "json", Slice.all(), "id")) {
            reader.forEachRemaining(r -> records.add(r.key() + " " + new String(r.json(), StandardCharsets.UTF_8)));
        }
        assertEquals(List.of("a " + COMPACT.get(0), "b " + COMPACT.get(1)), records);
    }

    @Test
    void aBrokenUtf16FileNamesItsEncodingAndRecord() throws IOException {
        Path f = dir.resolve("broken16.json");
        Files.write(f, "[{\"a\":1},{\"a\":}]".getBytes(StandardCharsets.UTF_16)); // UTF_16 writes a BOM
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 100));
        assertEquals(1, e.recordIndex());
        assertTrue(e.getMessage().contains("record 1 near byte") && e.getMessage().contains("(read as UTF-16BE"),
                e.getMessage());
    }

    @Test
    void anObjectWrappingTheRecordsIsRefusedAtOpen() throws IOException {
        Path f = Files.writeString(dir.resolve("wrapped.json"),
                "{\"count\": 3, \"records\": [{\"a\": 1}, {\"a\": 2}, {\"a\": 3}], \"next\": null}\n");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 100));
        assertTrue(e.getMessage().contains("the file is one JSON object whose field \"records\" holds an array of 3"
                + " objects"), e.getMessage());
        assertTrue(e.getMessage().contains("jq -c '.records[]'"), e.getMessage());
        // the publishing reader refuses it too, so validate=false cannot send it as one giant message
        assertThrows(DatasetException.class, () -> JsonRecordReader.open(f, Slice.all(), null));
    }

    @Test
    void aLargeWrapperIsRefusedWhateverItHolds() throws IOException {
        Path f = dir.resolve("large-wrapper.json");
        // ~20 MB of records inside one object, walked token by token (not copied) to the end
        try (var out = Files.newBufferedWriter(f)) {
            out.write("{\"data\":[");
            String record = "{\"id\":\"" + "x".repeat(190) + "\"}";
            for (int i = 0; i < 100_000; i++) {
                out.write(i == 0 ? record : "," + record);
            }
            out.write("]}");
        }
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 100));
        assertTrue(e.getMessage().contains("field \"data\" holds an array of 100000 objects"), e.getMessage());
    }

    @Test
    void jsonLinesWithArraysOfObjectsAreRecordsNotWrappers() throws IOException {
        Path f = Files.writeString(dir.resolve("lines.json"), "{\"q\":[{\"a\":1}]}\n{\"q\":[{\"a\":2}]}\n");
        assertEquals(2, DatasetValidator.validate(f, Slice.all(), 100).records());
    }

    @Test
    void linesAreValidatedForSizeAndOnRequestForSyntax() throws IOException {
        Path f = Files.writeString(dir.resolve("l.txt"), "{\"a\":1}\nnot json\n\n{\"a\":\"" + "x".repeat(40) + "\"}\n");
        DatasetSummary s = DatasetValidator.validateLines(f, Slice.parse("0:2"), 100, false, ReadProgress.NONE);
        assertEquals(new DatasetSummary(3, new Slice(0, 2), 2, 7 + 8, 8), s);
        DatasetException tooLarge = assertThrows(DatasetException.class,
                () -> DatasetValidator.validateLines(f, Slice.all(), 20, false, ReadProgress.NONE));
        assertEquals(2, tooLarge.recordIndex());
        assertTrue(tooLarge.getMessage().contains("record 2 at byte 18 is 48 bytes"), tooLarge.getMessage());
        DatasetException syntax = assertThrows(DatasetException.class,
                () -> DatasetValidator.validateLines(f, Slice.all(), 100, true, ReadProgress.NONE));
        assertEquals(1, syntax.recordIndex());
        assertTrue(syntax.getMessage().contains("line 1 at byte 8 is not JSON"), syntax.getMessage());
        Path two = Files.writeString(dir.resolve("two.txt"), "{\"a\":1} {\"b\":2}\n");
        assertTrue(assertThrows(DatasetException.class,
                () -> DatasetValidator.validateLines(two, Slice.all(), 100, true, ReadProgress.NONE))
                .getMessage().contains("line 0 at byte 0 holds more than one JSON value"));
    }

    @Test
    void jacksonsNestingLimitIsNamedWithTheRecordIndex() throws IOException {
        String deep = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        Path f = Files.writeString(dir.resolve("deep.json"), "[{\"ok\":1},\n" + deep + "]");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 1 << 20));
        assertEquals(1, e.recordIndex());
        assertTrue(e.getMessage().contains("record 1 near byte") && e.getMessage().contains("goes beyond a limit of"
                + " Jackson, the JSON parser (a safety limit, not a syntax error)")
                && e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void jacksonsNameLengthLimitIsNamedWithTheRecordIndex() throws IOException {
        Path f = Files.writeString(dir.resolve("name.json"),
                "{\"ok\":1}\n{\"" + "n".repeat(200_000) + "\":1}\n");
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetValidator.validate(f, Slice.all(), 1 << 20));
        assertEquals(1, e.recordIndex());
        assertTrue(e.getMessage().contains("goes beyond a limit of Jackson") && e.getMessage().contains("Name length"),
                e.getMessage());
    }

    @Test
    void progressIsToldRecordsAndBytes() throws IOException {
        Path f = Files.writeString(dir.resolve("p.json"), "[{\"a\":1},{\"a\":2}]");
        List<String> seen = new ArrayList<>();
        DatasetValidator.validate(f, Slice.all(), 100, (records, bytes) -> seen.add(records + "@" + bytes));
        assertEquals("2@17", seen.get(seen.size() - 1));
    }
}
