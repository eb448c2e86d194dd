package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.ProgressLine;

import org.junit.jupiter.api.Test;

import java.util.Optional;

class ProgressLineTest {

    @Test
    void aRunningStageWithTasksRecordsAndBytes() {
        assertEquals("ingest: stage 3 parquet at BatchLander.java:131: 5/8 tasks, 412 000 records read, 31 MB "
                        + "written, 20 s",
                ProgressLine.format("ingest", new ProgressLine.Stage(3, "parquet at BatchLander.java:131", 5, 8), 0,
                        412_000, 90_000_000, 31_400_000, 20.4));
    }

    @Test
    void bytesWhenNoRecordsWereCountedAndOtherStagesRunningAlongside() {
        assertEquals("summarize: stage 7 collect at ViewRunner.java:80: 0/2 tasks (+2 stages), 2.5 MB read, 10 s",
                ProgressLine.format("summarize", new ProgressLine.Stage(7, "collect at ViewRunner.java:80", 0, 2), 2,
                        0, 2_500_000, 0, 10));
        assertEquals("query: stage 1 x: 1/1 tasks (+1 stage), 5 s",
                ProgressLine.format("query", new ProgressLine.Stage(1, "x", 1, 1), 1, 0, 0, 0, 5));
    }

    @Test
    void betweenStages() {
        assertEquals("ingest: between Spark stages, 1 234 567 records read, 0.2 MB written, 35 s",
                ProgressLine.format("ingest", null, 0, 1_234_567, 0, 200_000, 35.2));
    }

    @Test
    void theGoalPicksProgressOutOfTheDriversLog() {
        String line = ProgressLine.format("ingest", null, 0, 0, 0, 0, 5);
        assertEquals(Optional.of(line), ProgressLine.of(ProgressLine.MARKER + line));
        assertTrue(ProgressLine.of("2026-12-01 WARN [TaskSetManager] Stage 0 contains a task of very large size")
                .isEmpty());
    }
}
