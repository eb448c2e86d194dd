package io.github.batchlayer.verify.expect;

import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.CheckNames;
import io.github.batchlayer.verify.Verifier;
import io.github.batchlayer.verify.VerifyExpectations;
import io.github.batchlayer.verify.VerifyResult;
import io.github.batchlayer.verify.WorkDirFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account of the source against raw + quarantine, through the Verifier, on a run with bad lines. */
class SourceReconciliationTest {
    static final VerifyExpectations ONE_QUARANTINED = new VerifyExpectations(null, null, null, 2, 1);

    @TempDir
    Path dir;
    WorkDirFixture run;

    /** 4 records (Git x2, R, Python), then 2 lines: one not JSON, one JSON with exam "R" but no keen_id. */
    @BeforeEach
    void run() {
        Path dataset = WorkDirFixture.writeDataset(dir.resolve("data.json"), List.of(
                WorkDirFixture.record("k0", "Git", true), WorkDirFixture.record("k1", "Git"),
                WorkDirFixture.record("k2", "R", false), WorkDirFixture.record("k3", "Python")));
        run = WorkDirFixture.withDataset(dir, dataset).publish("records", 0, null)
                .publishLines("bad", dir.resolve("bad.txt"), List.of("not json", "{\"exam_name\":\"R\"}"))
                .ingest(0, 0, 6, 2, Map.of("not_json", 1L, "missing_keen_id", 1L), 4)
                .land(SourceFigures.read(dataset, Slice.all(), 0), 1);
    }

    private List<Object[]> landedCounts(long gitRaw) {
        List<Object[]> values = new ArrayList<>();
        values.add(new Object[] {"Git", gitRaw, 0});
        values.add(new Object[] {"R", 1, 1});
        values.add(new Object[] {"Python", 1, 0});
        values.add(new Object[] {null, 0, 1});
        return values;
    }

    private VerifyResult verify(String countBy) {
        return new Verifier().verify(run.workDir, ONE_QUARANTINED, new DeclaredChecks(List.of(), null, countBy));
    }

    private static Check check(VerifyResult result, String name) {
        return result.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + result.checks()));
    }

    @Test
    void everyMessageIsARawRowOrQuarantinedAndEveryValueAddsUp() {
        new ViewsFixture(run.workDir).countBy("exam_name", landedCounts(2));
        VerifyResult result = verify("exam_name");
        assertTrue(result.passed(), () -> result.failedChecks().toString());
        Check account = check(result, CheckNames.RAW_ROWS);
        assertEquals("6", account.expected());
        assertEquals("4 raw + 2 quarantined = 6", account.actual());
        Check byExam = check(result, "counts-by:exam_name");
        assertEquals("4 values of exam_name, source = raw + quarantined", byExam.expected());
        assertEquals("4 values; all equal", byExam.actual());
        assertTrue(result.checks().stream().noneMatch(c -> c.name().equals(CheckNames.EXAM_COUNTS)),
                "counted by a field, the reconciliation replaces the exam counts");
    }

    @Test
    void aValueLostOnTheWayIsNamed() {
        new ViewsFixture(run.workDir).countBy("exam_name", landedCounts(1));
        Check byExam = check(verify("exam_name"), "counts-by:exam_name");
        assertFalse(byExam.passed());
        assertEquals("4 values; 1 value(s) differs: Git: expected 2, got 1", byExam.actual());
    }

    @Test
    void aNestedPathCountsThroughObjectsAndNumbersMeetNumerically() {
        // sequences.counts.total is 1, 0, 1, 0 in the records; the lines have none (null: 2)
        List<Object[]> values = new ArrayList<>();
        values.add(new Object[] {"1.0", 2, 0});
        values.add(new Object[] {"0", 2, 0});
        values.add(new Object[] {null, 0, 2});
        new ViewsFixture(run.workDir).countBy("sequences.counts.total", values);
        Check nested = check(verify("sequences.counts.total"), "counts-by:sequences.counts.total");
        assertTrue(nested.passed(), nested.actual());
    }

    @Test
    void aCountByThatSummarizeDidNotCountFails() {
        Check none = check(verify("exam_name"), "counts-by:exam_name");
        assertFalse(none.passed());
        assertTrue(none.actual().contains("give summarize the same countBy"), none.actual());
        new ViewsFixture(run.workDir).countBy("keen_id", landedCounts(2));
        assertEquals("summarize counted by keen_id, not exam_name",
                check(verify("exam_name"), "counts-by:exam_name").actual());
    }

    @Test
    void aMessageThatNeverArrivedBreaksTheAccount() {
        run.ingest(1, 6, 7, 1, Map.of("not_json", 1L), 4);
        Check account = check(verify(null), CheckNames.RAW_ROWS);
        assertFalse(account.passed());
        assertEquals("4 raw + 3 quarantined = 7", account.actual());
    }
}
