package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void lastLinesOfABigFile() throws Exception {
        Path log = temp.resolve("big.log");
        try (BufferedWriter out = Files.newBufferedWriter(log)) {
            for (int i = 0; i < 200_000; i++) {
                out.write("line " + i + "\n");
            }
        }
        assertTrue(Files.size(log) > 1_000_000);
        String nl = System.lineSeparator();
        assertEquals("line 199997" + nl + "line 199998" + nl + "line 199999", LogTail.of(log, 3));
    }

    @Test
    void aShortFileIsReturnedWhole() throws Exception {
        Path log = temp.resolve("short.log");
        Files.writeString(log, "one\r\ntwo\r\n");
        assertEquals("one" + System.lineSeparator() + "two", LogTail.of(log, 40));
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = temp.resolve("missing.log");
        assertEquals("(no log at " + missing + ")", LogTail.of(missing, 5));
        assertEquals("(no log at null)", LogTail.of(null, 5));
    }
}
