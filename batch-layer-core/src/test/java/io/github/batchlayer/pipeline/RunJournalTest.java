package io.github.batchlayer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.OffsetSpan;
import io.github.batchlayer.job.contract.QuarantineSample;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class RunJournalTest {

    @TempDir
    Path temp;

    private static final PublishFigures PUBLISHED = new PublishFigures(3280, 10_000_000, 0, -1,
            "/data/assessments.json", "t", "json", 1234.5, Map.of(0, 3280L));
    private static final IngestResult INGESTED = new IngestResult(1L, "t",
            new TreeMap<>(Map.of(0, new OffsetSpan(0, 3280))), 3276, 4, Map.of("not_json", 4L),
            List.of(new QuarantineSample(1, 0, 17, "not_json", "{oops")), List.of("hdfs://nn/raw/batch=000001"), 3276,
            1, 9.5, 7.25, "assessments", Map.of(), "topic-id", "cluster-id",
            false);

    @Test
    void appendReadAndFailures() throws Exception {
        RunJournal journal = new RunJournal(temp.resolve("work"));
        assertEquals(List.of(), journal.entries(), "no file yet");

        JournalEntry ok = new JournalEntry("publish", "publish-seed", JournalEntry.Status.OK, 1.5,
                "published 3,280 records", PUBLISHED, 1L);
        JournalEntry failed = new JournalEntry("ingest", "default", JournalEntry.Status.FAILED, 0.25,
                "job failed:\nline two", null, 2L);
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
    void eachGoalsFiguresComeBackAsTheirRecord() throws Exception {
        RunJournal journal = new RunJournal(temp);
        SummarizeResult summarized = new SummarizeResult(3280, 2L, Map.of("Learning Git", 394L, "", 1L),
                List.of(new TopExam("Learning Git", 394)), 10L, 20L, 20L, List.of(), null, 3.5);
        journal.append(new JournalEntry("publish", "p", JournalEntry.Status.OK, 1, "m", PUBLISHED, 1L));
        journal.append(new JournalEntry("ingest", "i", JournalEntry.Status.OK, 1, "m", INGESTED, 2L));
        journal.append(new JournalEntry("summarize", "s", JournalEntry.Status.OK, 1, "m", summarized, 3L));

        List<JournalEntry> read = journal.entries();
        assertEquals(List.of(PUBLISHED), read.stream().flatMap(e -> e.figures(PublishFigures.class).stream()).toList());
        assertEquals(List.of(INGESTED), read.stream().flatMap(e -> e.figures(IngestResult.class).stream()).toList());
        assertEquals(List.of(summarized),
                read.stream().flatMap(e -> e.figures(SummarizeResult.class).stream()).toList());

        // still readable JSON, in the job's own field names
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(journal.file()).get(1));
        assertEquals("ingest", line.get("goal").asText());
        assertEquals("[0,3280]", line.get("figures").get("offsets").get("0").toString());
        assertEquals(4, line.get("figures").get("quarantineReasons").get("not_json").asLong());
    }

    @Test
    void aGoalCannotRecordAnotherGoalsFigures() {
        assertThrows(IllegalArgumentException.class,
                () -> new JournalEntry("publish", "p", JournalEntry.Status.OK, 1, "m", INGESTED, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> new JournalEntry("cluster-up", "c", JournalEntry.Status.OK, 1, "m", PUBLISHED, 1L));
    }

    @Test
    void aDamagedLineIsNamed() throws Exception {
        RunJournal journal = new RunJournal(temp);
        journal.append(new JournalEntry("publish", "p", JournalEntry.Status.OK, 1, "m", PUBLISHED, 1L));
        Files.writeString(journal.file(), "{\"goal\":\"ingest\",\"figures\":{\"batchId\":\"x\"}}\n",
                java.nio.file.StandardOpenOption.APPEND);
        String message = assertThrows(java.io.UncheckedIOException.class, journal::entries).getCause().getMessage();
        assertTrue(message.startsWith("line 2 of "), message);
    }

    @Test
    void clearStartsANewRun() {
        RunJournal journal = new RunJournal(temp);
        journal.append(new JournalEntry("publish", "x", JournalEntry.Status.FAILED, 0, "boom", null, 1L));
        journal.clear();
        journal.clear();
        assertEquals(List.of(), journal.entries());
        assertTrue(journal.failures().isEmpty());
    }
}
