package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fast path may only ever accept what Jackson accepts, with the same records and sizes: checked against
 * Jackson on thousands of generated files and their one-byte corruptions, and on the edge cases one by one.
 */
class StrictJsonScannerTest {
    @TempDir
    Path dir;

    @Test
    void acceptsOnlyWhatJacksonAcceptsWithTheSameSizes() throws IOException {
        Random random = new Random(20261201);
        int accepted = 0;
        int corruptAccepted = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] file = randomFile(random);
            accepted += compare(file, "generated #" + i) ? 1 : 0;
            for (int m = 0; m < 4; m++) {
                corruptAccepted += compare(corrupt(file, random), "corrupted #" + i + "." + m) ? 1 : 0;
            }
        }
        // the fast path must carry the ordinary files, not fall back on everything
        assertTrue(accepted > 2000, "accepted " + accepted + " of 3000 generated files");
        assertTrue(corruptAccepted > 0, "no corrupted file was still valid JSON: the comparison tested little");
    }

    @Test
    void edgeCasesAgreeWithJackson() throws IOException {
        String[] certain = {"[]", " [ ] \n", "[{}]", "{}", "{}\n{}", "\uFEFF[{\"a\":1}]", "[{\"a\":-0.5e+3}]",
            "[{\"a\":[1,[2,{}],\"x\",true,false,null]}]", "[{\"é\":\"ü\u20ac\"}]", "[{\"a\":\"\\u00e9\\n\"}]",
            "[{\"a\": 1}, {\"b\" : [ 1 , 2 ] }]", "[{\"a\":\"\uD83D\uDE00\"}]"};
        for (String json : certain) {
            assertTrue(compare(json.getBytes(StandardCharsets.UTF_8), json), "the fast path refused " + json);
        }
        String[] leftToJackson = {"[{},]", "{}{}", "[{\"a\":\"\\/\"}]", "[{\"a\":01}]", "[{\"a\":1.}]", "[{\"a\":.5}]",
            "[{\"a\":tru}]", "[{\"a\":1}] x", "[{\"a\":\"\t\"}]", "[1]", "[{\"a\":1}", "[{\"a\" 1}]", "[{a:1}]",
            "[{\"a\":" + "[".repeat(StrictJsonScanner.MAX_DEPTH) + "]".repeat(StrictJsonScanner.MAX_DEPTH) + "}]",
            "[{\"a\":" + "1".repeat(StrictJsonScanner.MAX_NUMBER_CHARS + 1) + "}]",
            "[{\"" + "n".repeat(StrictJsonScanner.MAX_NAME_BYTES) + "\":1}]"};
        for (String json : leftToJackson) {
            assertThrows(StrictJsonScanner.NotCertain.class, () -> scan(write(json.getBytes(StandardCharsets.UTF_8))),
                    json);
            compare(json.getBytes(StandardCharsets.UTF_8), json);
        }
        byte[] overlong = {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}', ']'};
        assertThrows(StrictJsonScanner.NotCertain.class, () -> scan(write(overlong)));
    }

    @Test
    void readsRecordsAcrossBufferRefillsAndLargerThanTheBuffer() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 800; i++) {
            json.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append(",\"s\":\"").append("x".repeat(i * 7))
                    .append("\"}");
        }
        json.append(",{\"big\":\"").append("y".repeat(3 << 20)).append("\"}]");
        assertTrue(compare(json.toString().getBytes(StandardCharsets.UTF_8), "long records"));
    }

    /** Whether the fast path accepted the file; fails if it accepted something Jackson does not, or differs. */
    private boolean compare(byte[] content, String what) throws IOException {
        Path file = write(content);
        List<SliceFilter.Sized> jackson = new ArrayList<>();
        String refused = null;
        // opening is where the validating pass refuses an object wrapping the records, before the fast path
        try (JsonRecordReader reader = JsonRecordReader.open(file, Slice.all(), null)) {
            try {
                while (reader.hasNext()) {
                    SourceRecord record = reader.next();
                    jackson.add(new SliceFilter.Sized(record.index(), record.byteOffset(), record.json().length));
                }
            } catch (DatasetException e) {
                refused = e.getMessage();
            }
        } catch (DatasetException e) {
            return false;
        }
        List<SliceFilter.Sized> fast;
        try {
            fast = scan(file);
        } catch (StrictJsonScanner.NotCertain e) {
            return false;
        }
        String shown = new String(content, StandardCharsets.UTF_8);
        if (refused != null) {
            fail("the fast path accepted " + what + " (" + shown + "), Jackson refused it: " + refused);
        }
        assertEquals(jackson, fast, what + ": " + shown);
        return true;
    }

    private static List<SliceFilter.Sized> scan(Path file) {
        List<SliceFilter.Sized> records = new ArrayList<>();
        try (StrictJsonScanner scanner = StrictJsonScanner.open(file)) {
            for (SliceFilter.Sized record = scanner.next(); record != null; record = scanner.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(dir.resolve("f.json"), content);
    }

    private static byte[] randomFile(Random random) {
        boolean array = random.nextBoolean();
        boolean pretty = random.nextInt(4) == 0;
        StringBuilder out = new StringBuilder(array ? "[" : "");
        int records = random.nextInt(4);
        for (int i = 0; i < records; i++) {
            out.append(i == 0 ? "" : array ? "," : "\n").append(pretty ? " " : "");
            randomObject(random, out, 0, pretty);
        }
        out.append(array ? "]" : records == 0 ? "{}" : "");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void randomValue(Random random, StringBuilder out, int depth, boolean pretty) {
        switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> out.append(random.nextBoolean() ? "true" : "false");
            case 1 -> out.append("null");
            case 2 -> out.append(random.nextInt(2000) - 1000);
            case 3 -> out.append(random.nextBoolean() ? "-" : "").append(random.nextInt(100)).append('.')
                    .append(random.nextInt(1000)).append(random.nextBoolean() ? "e-" + random.nextInt(30) : "");
            case 4, 5 -> randomString(random, out);
            case 6 -> randomObject(random, out, depth + 1, pretty);
            default -> {
                out.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : pretty ? ", " : ",");
                    randomValue(random, out, depth + 1, pretty);
                }
                out.append(']');
            }
        }
    }

    private static void randomObject(Random random, StringBuilder out, int depth, boolean pretty) {
        out.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append(pretty ? "\n  " : "");
            randomString(random, out);
            out.append(pretty ? ": " : ":");
            randomValue(random, out, depth + 1, pretty);
        }
        out.append('}');
    }

    private static final String[] PIECES = {"a", "id", "2018-01-23T14:19:22.808Z", "é", "€", "\uD83D\uDE00", "\\n",
        "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\t", " ", "{", "]", ",", ":"};

    private static void randomString(Random random, StringBuilder out) {
        out.append('"');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        out.append('"');
    }

    private static final byte[] NOISE = {'{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n', '0', '-', '.', 'e',
        't', 'n', 'x', 0, 0x1F, (byte) 0x80, (byte) 0xC3, (byte) 0xE2, (byte) 0xF0, (byte) 0xFF};

    /** One byte inserted, deleted or replaced. */
    private static byte[] corrupt(byte[] file, Random random) {
        int at = random.nextInt(file.length + 1);
        byte noise = NOISE[random.nextInt(NOISE.length)];
        List<Byte> bytes = new ArrayList<>();
        for (byte b : file) {
            bytes.add(b);
        }
        switch (random.nextInt(3)) {
            case 0 -> bytes.add(at, noise);
            case 1 -> {
                if (at < bytes.size()) {
                    bytes.remove(at);
                }
            }
            default -> {
                if (at < bytes.size()) {
                    bytes.set(at, noise);
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
