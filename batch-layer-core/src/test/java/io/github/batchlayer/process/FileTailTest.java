package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTailTest {

    @Test
    void linesComeOnceWhenEndedAndAShorterFileIsReadFromItsStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.log");
        List<String> lines = new ArrayList<>();
        FileTail tail = new FileTail(file, 0);
        tail.readNew(lines::add);
        assertEquals(List.of(), lines, "no file yet: nothing");

        Files.writeString(file, "one\ntw", StandardCharsets.UTF_8);
        tail.readNew(lines::add);
        assertEquals(List.of("one"), lines, "a line not yet ended waits");
        Files.writeString(file, "o\nthree\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        tail.readNew(lines::add);
        tail.readNew(lines::add);
        assertEquals(List.of("one", "two", "three"), lines);

        Files.writeString(file, "new\nlast", StandardCharsets.UTF_8);   // replaced by a shorter file
        tail.readNew(lines::add);
        tail.flushPartialLine(lines::add);
        tail.flushPartialLine(lines::add);
        assertEquals(List.of("one", "two", "three", "new", "last"), lines);
    }

    @Test
    void aTailFromTheCurrentEndSkipsWhatWasThere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.log");
        Files.writeString(file, "old\n", StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        FileTail tail = new FileTail(file, Files.size(file));
        Files.writeString(file, "fresh\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        tail.readNew(lines::add);
        assertEquals(List.of("fresh"), lines);
    }
}
