package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("Learning Git", CsvWriter.field("Learning Git"));
        assertEquals("\"Nulls, Three-valued Logic\"", CsvWriter.field("Nulls, Three-valued Logic"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
        assertEquals("\"a\nb\"", CsvWriter.field("a\nb"));
        assertEquals("", CsvWriter.field(null));
    }
}
