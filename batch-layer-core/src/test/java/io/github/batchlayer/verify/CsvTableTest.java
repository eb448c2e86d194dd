package io.github.batchlayer.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTableTest {
    @Test
    void readsRfc4180Quoting() {
        CsvTable t = CsvTable.parse("\uFEFFexam_name,total\r\n\"A, \"\"B\"\"\",3\r\n\"two\nlines\",\"\"\r\nplain,1");
        assertEquals(List.of("exam_name", "total"), t.header());
        assertEquals(List.of(List.of("A, \"B\"", "3"), List.of("two\nlines", ""), List.of("plain", "1")), t.rows());
        assertEquals(1, t.column("total"));
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertEquals(new CsvTable(List.of(), List.of()), CsvTable.parse(""));
    }
}
