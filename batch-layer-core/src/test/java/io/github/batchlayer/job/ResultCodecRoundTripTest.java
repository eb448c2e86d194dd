package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.DescribeArgs;
import io.github.batchlayer.job.contract.DescribeResult;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.job.contract.OffsetSpan;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.ProbeResult;
import io.github.batchlayer.job.contract.QuarantineSample;
import io.github.batchlayer.job.contract.QueryArgs;
import io.github.batchlayer.job.contract.QueryResult;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;
import io.github.batchlayer.job.contract.ViewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the job writes (ResultCodec.write, as BatchLayerJob calls it), the plugin reads back equal, here on the
 * plugin's Jackson (the core's), not Spark's.
 */
class ResultCodecRoundTripTest {

    @TempDir
    Path workDir;

    @Test
    void ingestSummarizeAndProbeResultsComeBackEqual() {
        IngestResult ingest = new IngestResult(2L, "video-books-assessments",
                new TreeMap<>(Map.of(0, new OffsetSpan(3279, 3280), 1, new OffsetSpan(5, 9))), 4, 1,
                Map.of("not_json", 1L), List.of(new QuarantineSample(2, 0, 3279, "not_json", "{oops"),
                        new QuarantineSample(2, 1, 6, "null_value", null)),
                List.of("hdfs://nn/tmp/raw/batch=000002"), 3284, 2, 4.5, 3.25, "assessments", Map.of("firmware", 6L),
                "8mCHbN3xQ0uT9t7yQ2x4Ag", "cluster-1", true);
        SummarizeResult summarize = new SummarizeResult(3280, 103L, Map.of("Learning Git", 394L, "", 2L),
                List.of(new TopExam("Learning Git", 394), new TopExam("Intro, \"quoted\"", 101)), 1200L, 14702L, 14702L,
                List.of(new ViewResult("top_exams", "preset:01_top_exams.sql", 2, List.of("exam_name", "total"), true,
                        "hdfs://nn/tmp/batch_views/top_exams", "/w/target/batch-layer/views/top_exams.csv")),
                new CountBy("exam_name", List.of(new CountBy.ValueCount(null, 0, 1),
                        new CountBy.ValueCount("Learning Git", 393, 1))), 6.5);
        ProbeResult probe = new ProbeResult("4.2.0", "spark://127.0.0.1:7077", "hdfs://127.0.0.1:8020",
                "hdfs://127.0.0.1:8020/tmp/raw", 1, null, null, 2.5);

        ResultCodec.write(ResultFiles.of(workDir, IngestArgs.COMMAND), IngestArgs.COMMAND, ingest);
        ResultCodec.write(ResultFiles.of(workDir, SummarizeArgs.COMMAND), SummarizeArgs.COMMAND, summarize);
        ResultCodec.write(ResultFiles.of(workDir, ProbeArgs.COMMAND), ProbeArgs.COMMAND, probe);

        assertEquals(Optional.of(ingest), ResultFiles.read(workDir, IngestArgs.COMMAND).flatMap(JobOutcome::success));
        assertEquals(Optional.of(summarize),
                ResultFiles.read(workDir, SummarizeArgs.COMMAND).flatMap(JobOutcome::success));
        assertEquals(Optional.of(probe), ResultFiles.read(workDir, ProbeArgs.COMMAND).flatMap(JobOutcome::success));
        assertEquals("{\"0\":[3279,3280],\"1\":[5,9]}", ingest.offsetsText());
    }

    @Test
    void queryAndDescribeResultsComeBackEqual() {
        QueryResult query = new QueryResult(List.of("raw", "assessments", "quarantine"), "+---+\n|n  |\n+---+\n",
                List.of("n"), 1, 3280, new QueryResult.Export("/tmp/out.csv", "csv", 3280), null, 1.5);
        QueryResult refused = QueryResult.refused(List.of("raw"),
                new QueryResult.SqlError("[PARSE_SYNTAX_ERROR] near 'FORM'", "PARSE_SYNTAX_ERROR", 2, null), 0.5);
        DescribeResult describe = new DescribeResult("root\n |-- keen_id: string (nullable = true)\n",
                List.of(new DescribeResult.Batch(1, "video-books-assessments",
                        new TreeMap<>(Map.of(0, new OffsetSpan(0, 3280))), 3280, 0, "2026-12-01T10:00:00Z",
                        List.of(new DescribeResult.BatchFile("hdfs://nn/tmp/raw/batch=000001/part-0.parquet", 9)))),
                3280, new DescribeResult.Quarantine(1, new TreeMap<>(Map.of("not_json", 1L))),
                List.of(new DescribeResult.View("summary", "hdfs://nn/tmp/summary", 1200, "2026-12-01T10:01:00Z")),
                "report", 2.0);

        ResultCodec.write(ResultFiles.of(workDir, QueryArgs.COMMAND), QueryArgs.COMMAND, query);
        assertEquals(Optional.of(query), ResultFiles.read(workDir, QueryArgs.COMMAND).flatMap(JobOutcome::success));
        ResultCodec.write(ResultFiles.of(workDir, QueryArgs.COMMAND), QueryArgs.COMMAND, refused);
        assertEquals(Optional.of(refused), ResultFiles.read(workDir, QueryArgs.COMMAND).flatMap(JobOutcome::success));
        assertEquals(" at line 2", refused.sqlError().where());
        ResultCodec.write(ResultFiles.of(workDir, DescribeArgs.COMMAND), DescribeArgs.COMMAND, describe);
        assertEquals(Optional.of(describe),
                ResultFiles.read(workDir, DescribeArgs.COMMAND).flatMap(JobOutcome::success));
    }

    @Test
    void aFailedRunsErrorIsReadAsAFailureNotAResult() {
        Path file = ResultFiles.of(workDir, SummarizeArgs.COMMAND);
        ResultCodec.writeFailure(file, SummarizeArgs.COMMAND, "java.lang.IllegalStateException: no committed rows");
        JobOutcome<SummarizeResult> outcome = ResultCodec.read(file, SummarizeArgs.COMMAND);
        assertTrue(outcome.failed());
        assertEquals("java.lang.IllegalStateException: no committed rows", outcome.error());
        assertFalse(outcome.refused());

        ResultCodec.writeFailure(file, SummarizeArgs.COMMAND, "another ingest holds the lease", true);
        JobOutcome<SummarizeResult> refusal = ResultCodec.read(file, SummarizeArgs.COMMAND);
        assertEquals("another ingest holds the lease", refusal.error());
        assertTrue(refusal.refused(), "a known refusal is marked as one");
        assertEquals(Optional.empty(), ResultFiles.read(workDir, IngestArgs.COMMAND), "no file, no outcome");
    }

    @Test
    void aFileThatIsNotTheCommandsResultIsNamed() throws Exception {
        Path file = ResultFiles.of(workDir, IngestArgs.COMMAND);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"command\":\"ingest\",\"rowsLanded\":3}");
        String message = assertThrows(UncheckedIOException.class, () -> ResultCodec.read(file, IngestArgs.COMMAND))
                .getMessage();
        assertTrue(message.contains("cannot read result file " + file), message);
        Files.writeString(file, "{\"command\":\"summarize\",\"error\":\"x\"}");
        assertThrows(UncheckedIOException.class, () -> ResultCodec.read(file, IngestArgs.COMMAND));
    }
}
