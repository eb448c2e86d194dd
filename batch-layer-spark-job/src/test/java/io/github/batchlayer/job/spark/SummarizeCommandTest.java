package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** summarize end to end over raw parquet landed from JSON strings by the same code as ingest. */
class SummarizeCommandTest {
    private final SparkSession spark = TestSpark.session();

    @Test
    void summarizesCommittedBatches() throws Exception {
        Path work = TestSpark.dir("summarize");
        String raw = work.resolve("raw").toUri().toString();
        List<String> values = new ArrayList<>();
        // Learning Git: 3 rows; one repeats keen_id k1 (as the real data does) and must not multiply anything.
        values.add(TestSpark.record("k1", "Learning Git",
                "[{\"id\":\"q1\",\"user_correct\":true},{\"id\":\"q2\",\"user_correct\":false}]"));
        values.add(TestSpark.record("k1", "Learning Git", "[{\"id\":\"q1\",\"user_correct\":true}]"));
        values.add(TestSpark.record("k2", "Learning Git", "[{\"id\":\"q1\"},{\"id\":\"q2\",\"user_correct\":null}]"));
        // An exam with a comma in its name, 2 rows, one without questions.
        values.add(TestSpark.record("k3", "Nulls, \\\"Logic\\\"", "[{\"id\":\"q9\",\"user_correct\":true}]"));
        values.add(TestSpark.record("k4", "Nulls, \\\"Logic\\\"", null));
        values.add("not json");                                   // quarantined, never summarized
        ManifestStore store = new ManifestStore(new org.apache.hadoop.fs.Path(raw), new Configuration());
        BatchLander lander = new BatchLander(store,
                new org.apache.hadoop.fs.Path(work.resolve("q").toUri().toString()), 2, () -> { });
        lander.land(TestSpark.kafkaRows("t", 0, 0, values), 1,
                new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 0, 6)))));
        lander.land(TestSpark.kafkaRows("t", 0, 6, List.of(TestSpark.record("k5", "Learning Linux", "[]"))), 2,
                new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 6, 7)))));
        // An uncommitted leftover batch directory must be ignored.
        Files.createDirectories(work.resolve("raw/batch=000003"));
        Files.writeString(work.resolve("raw/batch=000003/part-00000-x.parquet"), "garbage");

        Path csv = work.resolve("csv");
        String summary = work.resolve("summary").toUri().toString();
        SummarizeResult result = new SummarizeCommand(spark, new SummarizeOptions(raw, summary, 1, csv.toString(),
                work.resolve("top").toUri().toString(), null, work.resolve("views").toUri().toString())).run();
        ResultCodec.write(work.resolve("result.json"), SummarizeArgs.COMMAND, result);

        JsonNode r = new ObjectMapper().readTree(work.resolve("result.json").toFile());
        assertEquals("summarize", r.get("command").asText());
        assertEquals(6, r.get("rawRows").asLong());
        assertEquals(3, r.get("distinctExams").asInt());
        assertEquals(3, r.get("examCounts").get("Learning Git").asLong());
        assertEquals(1, r.get("examCounts").get("Learning Linux").asLong());
        assertEquals(2, r.get("topExams").size(), "exams with more than 1 assessment");
        assertEquals("Learning Git", r.get("topExams").get(0).get("exam_name").asText());
        assertEquals(3, r.get("topExams").get(0).get("total").asLong());
        assertEquals("Nulls, \"Logic\"", r.get("topExams").get(1).get("exam_name").asText());
        // pairs: 2 + 1 + 2 + 1 + 0 + 0 = 6
        assertEquals(6, r.get("summaryTotal").asLong());
        assertEquals(6, r.get("questionPairs").asLong());
        assertEquals(4, r.get("summaryRows").asLong());
        assertTrue(r.get("countBy").isNull(), "without --count-by the field is written as null");

        List<Row> rows = spark.read().parquet(summary).collectAsList();
        assertEquals(List.of("exam_name", "question_id", "user_correct", "counts"),
                List.of(spark.read().parquet(summary).columns()));
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(x -> counts.put(x.getString(0) + "|" + x.getString(1) + "|" + x.getBoolean(2), x.getLong(3)));
        assertEquals(Map.of("Learning Git|q1|false", 1L, "Learning Git|q1|true", 2L,
                "Learning Git|q2|false", 2L, "Nulls, \"Logic\"|q9|true", 1L), counts);
        assertEquals(1, parquetFiles(work.resolve("summary")), "one summary file, not 200");

        List<String> summaryCsv = Files.readAllLines(csv.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("exam_name,question_id,user_correct,counts",
                "Learning Git,q1,false,1",
                "Learning Git,q1,true,2",
                "Learning Git,q2,false,2",
                "\"Nulls, \"\"Logic\"\"\",q9,true,1"), summaryCsv);
        List<String> topCsv = Files.readAllLines(csv.resolve("top-exams.csv"), StandardCharsets.UTF_8);
        assertEquals(List.of("exam_name,total", "Learning Git,3", "\"Nulls, \"\"Logic\"\"\",2"), topCsv);
        assertTrue(Files.isDirectory(work.resolve("top")));
        // the preset's two views, as views too
        assertEquals(topCsv, Files.readAllLines(csv.resolve("views/top_exams.csv"), StandardCharsets.UTF_8));
        assertEquals(summaryCsv, Files.readAllLines(csv.resolve("views/assessments_summary.csv")));
        JsonNode top = r.get("views").get(0);
        assertEquals("top_exams", top.get("name").asText());
        assertEquals("preset:01_top_exams.sql", top.get("sqlFile").asText());
        assertEquals(2, top.get("rows").asLong());
        assertEquals("[\"exam_name\",\"total\"]", top.get("columns").toString());
        assertTrue(top.get("ordered").asBoolean());
        assertEquals(csv.resolve("views/top_exams.csv").toAbsolutePath().toString(), top.get("csvPath").asText());
        assertEquals(1, parquetFiles(Path.of(java.net.URI.create(top.get("parquetPath").asText()))));
    }

    private static long parquetFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
        }
    }

    @Test
    void aRawTableOverTheLimitIsHandedBackBeforeAnyViewIsWritten() throws Exception {
        Path work = TestSpark.dir("summarize-limit");
        String raw = work.resolve("raw").toUri().toString();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            values.add(TestSpark.record("k" + i, "Learning Git", "[{\"id\":\"q1\",\"user_correct\":true}]"));
        }
        new BatchLander(new ManifestStore(new org.apache.hadoop.fs.Path(raw), new Configuration()),
                new org.apache.hadoop.fs.Path(work.resolve("q").toUri().toString()), 2, () -> { })
                .land(TestSpark.kafkaRows("t", 0, 0, values), 1,
                        new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 0, 3)))));
        String summary = work.resolve("summary").toUri().toString();
        SummarizeOptions options = new SummarizeOptions(raw, summary, 1, work.resolve("csv").toString(),
                work.resolve("top").toUri().toString(), null, work.resolve("views").toUri().toString());

        InputOverLimitException back = assertThrows(InputOverLimitException.class,
                () -> new SummarizeCommand(spark, options, InputLimit.atMost(2)).run());
        assertTrue(back.getMessage().startsWith("summarize has 3 committed raw rows under " + raw
                + ", more than the 2 a job on the warm driver takes"), back.getMessage());
        assertFalse(Files.exists(work.resolve("summary")), "nothing written before the hand-back");
        assertFalse(Files.exists(work.resolve("csv")));

        assertEquals(3, new SummarizeCommand(spark, options, InputLimit.atMost(3)).run().rawRows(),
                "a table of exactly the limit runs");
        assertEquals(3, new SummarizeCommand(spark, options, InputLimit.atMost(0)).run().rawRows(), "0: any size");
    }
}
