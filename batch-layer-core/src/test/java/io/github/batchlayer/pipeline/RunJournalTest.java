package io.github.batchlayer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class RunJournalTest {

    @TempDir
    Path temp;

    @Test
    void appendReadAndFailures() throws Exception {
        RunJournal journal = new RunJournal(temp.resolve("work"));
        assertEquals(List.of(), journal.entries(), "no file yet");

        JournalEntry ok = new JournalEntry("publish", "publish-seed", JournalEntry.Status.OK, 1.5,
                "published 3,280 records", Map.of("records", 3280, "topic", "t"), 1L);
        JournalEntry failed = new JournalEntry("ingest", "default", JournalEntry.Status.FAILED, 0.25,
                "job failed:\nline two", Map.of(), 2L);
        JournalEntry skipped = new JournalEntry("summarize", "default", JournalEntry.Status.SKIPPED, 0,
                "an earlier goal failed", null, 3L);
        journal.append(ok);
        journal.append(failed);
        journal.append(skipped);

        assertEquals(3, Files.readAllLines(journal.file()).size(), "one line per entry");
        assertEquals(temp.resolve("work").resolve(RunJournal.FILE_NAME), journal.file());
        assertEquals(List.of(ok, failed, skipped), new RunJournal(temp.resolve("work")).entries());
        assertEquals(List.of(failed), journal.failures());
    }

    @Test
    void clearStartsANewRun() {
        RunJournal journal = new RunJournal(temp);
        journal.append(new JournalEntry("publish", "x", JournalEntry.Status.FAILED, 0, "boom", Map.of(), 1L));
        journal.clear();
        journal.clear();
        assertEquals(List.of(), journal.entries());
        assertTrue(journal.failures().isEmpty());
    }
}
