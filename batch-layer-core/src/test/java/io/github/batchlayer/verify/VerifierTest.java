package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.OffsetSpan;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.dataset.SummaryKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {
    static final String TRICKY = "Intro, \"quoted\" <b>&";
    static final int MIN = 1;

    @TempDir
    Path dir;
    Path dataset;

    @BeforeEach
    void dataset() {
        dataset = WorkDirFixture.writeDataset(dir.resolve("assessments.json"), List.of(
                WorkDirFixture.record("k0", "Learning Git", true, false),
                WorkDirFixture.record("k1", TRICKY, true),
                WorkDirFixture.record("k2", "Learning Git", false, false, true),
                WorkDirFixture.record("k3", "Solo"),
                WorkDirFixture.record("k4", TRICKY, false),
                WorkDirFixture.record("k5", "Learning Git", true)));
    }

    private static VerifyExpectations min(int minAssessments) {
        return new VerifyExpectations(null, null, null, 0, minAssessments);
    }

    /** The seed's shape: contiguous slices, then the held-back last record in a second ingest. */
    private WorkDirFixture correctRun() {
        return WorkDirFixture.withDataset(dir, dataset)
                .publish("slice-1", 0, 2L).publish("slice-2", 2, 5L)
                .ingest(0, 0, 5, 0, null, 5)
                .publish("last", 5, null)
                .ingest(1, 5, 6, 0, null, 6)
                .land(SourceFigures.read(dataset, Slice.all(), 0), MIN);
    }

    private static Check check(VerifyResult result, String name) {
        return result.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + result.checks()));
    }

    private static void assertOnlyFailed(VerifyResult result, String... names) {
        assertEquals(List.of(names), result.failedChecks().stream().map(Check::name).toList(), result.toString());
    }

    @Test
    void aCorrectRunPasses() {
        VerifyResult result = new Verifier().verify(correctRun().workDir, min(MIN));
        assertTrue(result.passed(), () -> result.failedChecks().toString());
        assertEquals("6", check(result, CheckNames.RAW_ROWS).actual());
        assertEquals("3", check(result, CheckNames.DISTINCT_EXAMS).actual());
        assertEquals("Learning Git=3, " + TRICKY + "=2", check(result, CheckNames.TOP_EXAMS).actual());
        assertTrue(check(result, CheckNames.PUBLISHED_SOURCE).actual().contains("[0:)"), "slices merged");
        for (String name : List.of(CheckNames.GOALS_SUCCEEDED, CheckNames.SUMMARIZE_RESULT, CheckNames.EXAM_COUNTS,
                CheckNames.SUMMARY_TOTAL, CheckNames.SUMMARY_ROWS, CheckNames.QUARANTINED)) {
            assertTrue(check(result, name).passed(), name);
        }
    }

    @Test
    void aChangedExamCountFailsTheExamChecks() {
        WorkDirFixture run = correctRun();
        ObjectNode json = run.summarizeJson();
        ((ObjectNode) json.path("examCounts")).put("Learning Git", 2);
        ((ObjectNode) json.path("topExams").get(0)).put("total", 2);
        run.writeSummarize(json);
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertOnlyFailed(result, CheckNames.EXAM_COUNTS, CheckNames.TOP_EXAMS);
        assertEquals("1 exam(s) differs: Learning Git: expected 3, got 2", check(result, CheckNames.EXAM_COUNTS).actual());
    }

    @Test
    void topExamsInAnotherOrderFail() {
        WorkDirFixture run = correctRun();
        ObjectNode swapped = run.summarizeJson();
        swapped.withArray("topExams").removeAll();
        swapped.withArray("topExams").addObject().put("exam_name", TRICKY).put("total", 2);
        swapped.withArray("topExams").addObject().put("exam_name", "Learning Git").put("total", 3);
        run.writeSummarize(swapped);
        assertOnlyFailed(new Verifier().verify(run.workDir, min(MIN)), CheckNames.TOP_EXAMS);
    }

    @Test
    void aChangedSummaryRowFailsSummaryRows() {
        WorkDirFixture run = correctRun();
        Map<SummaryKey, Long> counts = new HashMap<>(SourceFigures.read(dataset, Slice.all(), 0).summaryCounts());
        SummaryKey key = new SummaryKey(TRICKY, "q0", true);
        counts.put(key, counts.get(key) + 1);
        run.writeSummaryCsv(counts);
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertOnlyFailed(result, CheckNames.SUMMARY_ROWS);
        String actual = check(result, CheckNames.SUMMARY_ROWS).actual();
        assertTrue(actual.contains("1 key(s) differs: " + TRICKY + " / q0 / true: expected 1, got 2"), actual);
    }

    @Test
    void aMissingSummaryRowFailsSummaryRows() {
        WorkDirFixture run = correctRun();
        Map<SummaryKey, Long> counts = new HashMap<>(SourceFigures.read(dataset, Slice.all(), 0).summaryCounts());
        counts.remove(new SummaryKey("Learning Git", "q1", false));
        run.writeSummaryCsv(counts);
        String actual = check(new Verifier().verify(run.workDir, min(MIN)), CheckNames.SUMMARY_ROWS).actual();
        assertTrue(actual.contains("Learning Git / q1 / false: expected 2, got none"), actual);
    }

    @Test
    void aSummaryTotalOffByOneFails() {
        WorkDirFixture run = correctRun();
        run.writeSummarize(run.summarizeJson().put("summaryTotal", 9));
        assertOnlyFailed(new Verifier().verify(run.workDir, min(MIN)), CheckNames.SUMMARY_TOTAL);
    }

    @Test
    void aFailedGoalFailsWithItsMessage() {
        WorkDirFixture run = correctRun().failed("publish", "extra", "broker not available");
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertOnlyFailed(result, CheckNames.goalFailed("publish", "extra"));
        Check failed = check(result, CheckNames.goalFailed("publish", "extra"));
        assertEquals("success", failed.expected());
        assertTrue(failed.actual().contains("broker not available"), failed.actual());
    }

    @Test
    void quarantineOverTheThresholdFailsNamingTheReasons() {
        // a message that is not a record: the account still balances, 7 published = 6 raw + 1 quarantined
        WorkDirFixture run = correctRun().publishLines("garbage", dir.resolve("garbage.txt"), List.of("{oops"))
                .ingest(2, 6, 7, 1, Map.of("malformed JSON", 1L), 6);
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertOnlyFailed(result, CheckNames.QUARANTINED);
        String actual = check(result, CheckNames.QUARANTINED).actual();
        assertTrue(actual.startsWith("1 message(s) in the quarantine"), actual);
        assertTrue(actual.contains("batch 2: {\"malformed JSON\":1}"), actual);

        assertTrue(new Verifier().verify(run.workDir, new VerifyExpectations(null, null, null, 1, MIN)).passed());
    }

    @Test
    void aConsumerPublishingOnlyRawLinesIsJudgedByTheAccountAlone() {
        // format=lines: the consumer's own messages, not records of a source dataset the preset's figures read
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dir.resolve("none.json"))
                .publishLines("events", dir.resolve("events.ndjson"), List.of("{\"a\":1}", "{\"a\":2}", "oops"))
                .ingest(1, 0, 3, 1, Map.of("not_json", 1L), 2);
        VerifyResult result = new Verifier().verify(run.workDir, new VerifyExpectations(null, null, null, 1, MIN));
        assertFalse(result.checks().stream().anyMatch(c -> c.name().equals(CheckNames.PUBLISHED_SOURCE)),
                "no preset check of a source that was not published as records");
        Check account = check(result, CheckNames.RAW_ROWS);
        assertTrue(account.passed(), account.actual());
        assertEquals("2 raw + 1 quarantined = 3", account.actual());
    }

    @Test
    void withoutAnIngestInTheJournalTheLastIngestResultIsJudged() {
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset).publish("all", 0, null)
                .land(SourceFigures.read(dataset, Slice.all(), 0), MIN);
        Path result = ResultFiles.of(run.workDir, IngestArgs.COMMAND);
        ResultCodec.write(result, IngestArgs.COMMAND, new IngestResult(1L, "video-books-assessments",
                new TreeMap<>(Map.of(0, new OffsetSpan(0, 8))), 6, 2, Map.of("not_json", 2L), List.of(), List.of(), 6,
                1, 2.0, 1.0, "assessments", Map.of(), null, null, false));
        String actual = check(new Verifier().verify(run.workDir, min(MIN)), CheckNames.QUARANTINED).actual();
        assertTrue(actual.contains("batch 1: {\"not_json\":2}"), actual);

        ResultCodec.writeFailure(result, IngestArgs.COMMAND, "java.io.IOException: HDFS went away");
        assertTrue(check(new Verifier().verify(run.workDir, min(MIN)), CheckNames.QUARANTINED).passed(),
                "a failed run committed nothing to count");
    }

    @Test
    void aSummarizeResultHoldingAnErrorIsAFailedRunNotAResult() {
        WorkDirFixture run = correctRun();
        run.writeSummarize(JsonNodeFactory.instance.objectNode().put("command", "summarize")
                .put("error", "java.lang.IllegalStateException: no committed rows under hdfs://x/raw"));
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertFalse(result.passed());
        assertTrue(check(result, CheckNames.SUMMARIZE_RESULT).actual()
                .contains("holds the last run's error: java.lang.IllegalStateException: no committed rows"),
                check(result, CheckNames.SUMMARIZE_RESULT).actual());
        assertFalse(check(result, CheckNames.SUMMARIZE_RESULT).passed());
    }

    @Test
    void aMissingSummarizeResultFailsAndRawRowsFallsBackToTheIngest() {
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset).publish("all", 0, null).ingest(0, 0, 6, 0, null, 6);
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertFalse(result.passed());
        assertOnlyFailed(result, CheckNames.SUMMARIZE_RESULT);
        assertTrue(check(result, CheckNames.SUMMARIZE_RESULT).actual().contains("missing"));
        assertEquals("6", check(result, CheckNames.RAW_ROWS).actual());
    }

    @Test
    void nothingPublishedIsAFailureNotAPass() {
        VerifyResult result = new Verifier().verify(dir.resolve("empty"), VerifyExpectations.defaults());
        assertFalse(result.passed());
        assertOnlyFailed(result, CheckNames.PUBLISHED_SOURCE, CheckNames.SUMMARIZE_RESULT);
    }

    @Test
    void aMissingDatasetFailsPublishedSource() {
        WorkDirFixture run = correctRun();
        Path moved = dir.resolve("moved.json");
        assertTrue(dataset.toFile().renameTo(moved.toFile()));
        VerifyResult result = new Verifier().verify(run.workDir, min(MIN));
        assertOnlyFailed(result, CheckNames.PUBLISHED_SOURCE);
        assertTrue(check(result, CheckNames.PUBLISHED_SOURCE).actual().startsWith("cannot read the source"));
    }

    @Test
    void recordsPublishedTwiceCountTwice() {
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset)
                .publish("first", 0, 4L).publish("again", 2, null).ingest(0, 0, 8, 0, null, 8);
        // what Spark sees in the topic: records 2 and 3 twice
        run.land(SourceFigures.read(dataset, Slice.all(), 0), MIN);
        VerifyResult once = new Verifier().verify(run.workDir, min(MIN));
        assertEquals("8", check(once, CheckNames.RAW_ROWS).expected());
        assertFalse(check(once, CheckNames.RAW_ROWS).passed(), "6 landed rows are not the 8 published");
        assertFalse(check(once, CheckNames.EXAM_COUNTS).passed());

        run.land(ExpectedFigures.combine(List.of(SourceFigures.read(dataset, new Slice(0, 4), 0),
                SourceFigures.read(dataset, Slice.of(2L, null), 0)), MIN));
        VerifyResult twice = new Verifier().verify(run.workDir, min(MIN));
        assertTrue(twice.passed(), () -> twice.failedChecks().toString());
        assertEquals("Learning Git=4, " + TRICKY + "=2, Solo=2", check(twice, CheckNames.TOP_EXAMS).expected());
        assertEquals("11", check(twice, CheckNames.SUMMARY_TOTAL).expected());
    }

    @Test
    void declaredExpectationsAreChecked() {
        LinkedHashMap<String, Long> top = new LinkedHashMap<>();
        top.put("Learning Git", 3L);
        top.put(TRICKY, 5L);
        VerifyResult result = new Verifier().verify(correctRun().workDir, new VerifyExpectations(7L, 3, top, 0, MIN));
        assertOnlyFailed(result, CheckNames.EXPECTED_RECORDS, CheckNames.expectedTopExam(TRICKY));
        assertEquals("7", check(result, CheckNames.EXPECTED_RECORDS).expected());
        assertEquals("6", check(result, CheckNames.EXPECTED_RECORDS).actual());
        assertTrue(check(result, CheckNames.EXPECTED_DISTINCT_EXAMS).passed());
        assertTrue(check(result, CheckNames.expectedTopExam("Learning Git")).passed());
    }
}
