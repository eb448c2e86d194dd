package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.job.contract.DescribeResult;
import io.github.batchlayer.job.contract.QueryResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** query and describe over batches landed by the same code as ingest, on the local file system. */
class QueryCommandTest {
    private static final SparkSession SPARK = TestSpark.session();
    private static Path work;
    private static TableLocations tables;

    @BeforeAll
    static void land() throws Exception {
        work = TestSpark.dir("query");
        String raw = work.resolve("raw").toUri().toString();
        String quarantine = work.resolve("q").toUri().toString();
        ManifestStore store = new ManifestStore(new org.apache.hadoop.fs.Path(raw), new Configuration());
        BatchLander lander = new BatchLander(store, new org.apache.hadoop.fs.Path(quarantine), 10, () -> { });
        lander.land(TestSpark.kafkaRows("t", 0, 0, List.of(TestSpark.record0(),
                TestSpark.record("k2", "Learning Git", "[{\"id\":\"q1\",\"user_correct\":true}]"),
                "not json", "[1]")), 1, new BatchRange("t", new TreeMap<>(Map.of(0, new OffsetRange(0, 0, 4)))));
        // an uncommitted leftover never shows
        Files.createDirectories(work.resolve("raw/batch=000002"));
        Files.writeString(work.resolve("raw/batch=000002/part-00000-x.parquet"), "garbage");
        SPARK.sql("SELECT 'Learning Git' AS exam_name, 394L AS total").write()
                .parquet(work.resolve("views/top_exams").toString());
        tables = new TableLocations(raw, quarantine, work.resolve("views").toUri().toString(),
                List.of(work.resolve("summary").toUri().toString()), "assessments");
    }

    private static QueryResult query(String sql, int rows, int truncate, String output) throws Exception {
        Path file = Files.writeString(work.resolve("statement-" + System.nanoTime() + ".sql"), sql);
        return new QueryCommand(SPARK, new QueryOptions(tables, file.toString(), rows, truncate,
                output == null ? null : work.resolve(output).toString())).run();
    }

    @Test
    void theSeedsFirstStatementVerbatim() throws Exception {
        QueryResult r = query("SELECT base_exam_id, exam_name, keen_id, user_exam_id FROM assessments", 20, 0,
                "seed.csv");
        assertFalse(r.failed(), String.valueOf(r.sqlError()));
        assertEquals(2, r.rowCount());
        List<String> lines = r.table().lines().toList();
        assertEquals("|base_exam_id                        |exam_name                                  |keen_id     "
                + "            |user_exam_id                        |", lines.get(1));
        assertTrue(lines.contains("|37f0a30a-7464-11e6-aa92-a8667f27e5dc|Normal Forms and All That Jazz Master Class|"
                + "5a6745820eb8ab00016be1f1|6d4089e4-bde5-4a22-b65f-18bce9ab79c8|"), String.join("\n", lines));
        List<String> csv = Files.readAllLines(work.resolve("seed.csv"), StandardCharsets.UTF_8);
        assertEquals("base_exam_id,exam_name,keen_id,user_exam_id", csv.get(0));
        assertEquals(3, csv.size());
        assertTrue(csv.contains("b,Learning Git,k2,u-k2"), csv.toString());
        assertEquals(2, r.output().rows());
        assertTrue(r.tables().contains("top_exams"), r.tables().toString());
        assertFalse(r.tables().contains("summary"), "not landed, not registered");
    }

    @Test
    void nestedSequencesShowAsStructsAndExportAsJson() throws Exception {
        QueryResult r = query("SELECT sequences FROM assessments WHERE keen_id = 'k2' LIMIT 5", 20, 0, "seq.ndjson");
        assertEquals("|{[{NULL, true, NULL, NULL, q1, NULL}], 1, s, NULL}|",
                r.table().lines().toList().get(3));
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(work.resolve("seq.ndjson")).get(0));
        assertEquals("q1", line.path("sequences").path("questions").path(0).path("id").asText());
        assertTrue(line.path("sequences").has("counts") && line.path("sequences").get("counts").isNull());

        QueryResult csv = query("SELECT keen_id, sequences.counts FROM raw WHERE keen_id <> 'k2'", 20, 0, "n.csv");
        assertFalse(csv.failed(), String.valueOf(csv.sqlError()));
        String row = Files.readAllLines(work.resolve("n.csv")).get(1);
        assertTrue(row.startsWith("5a6745820eb8ab00016be1f1,\"{\"\"incomplete\"\":"), row);
    }

    @Test
    void rowsAndTruncateAsShowHasThem() throws Exception {
        QueryResult r = query("SELECT exam_name FROM raw ORDER BY exam_name", 1, 10, null);
        assertEquals(List.of("+----------+", "| exam_name|", "+----------+", "|Learnin...|", "+----------+",
                "only showing top 1 row"), r.table().lines().toList());
        assertEquals(2, r.rowCount());
    }

    @Test
    void rawAndQuarantineComeInPublishedOrder() throws Exception {
        QueryResult raw = query("SELECT kafka_offset FROM raw", 20, 0, null);
        assertEquals(List.of("|0           |", "|1           |"), raw.table().lines().skip(3).limit(2)
                .toList());
        QueryResult quarantined = query("SELECT kafka_offset, reason FROM quarantine", 20, 0, null);
        assertEquals(List.of("|2           |not_json  |", "|3           |not_object|"),
                quarantined.table().lines().skip(3).limit(2).toList());
    }

    @Test
    void quarantineAndViewsAreTables() throws Exception {
        QueryResult q = query("SELECT reason, count(*) AS n FROM quarantine GROUP BY reason ORDER BY reason", 20, 0,
                null);
        assertTrue(q.table().contains("|not_json  |1  |"), q.table());
        QueryResult v = query("SELECT total FROM top_exams", 20, 0, null);
        assertTrue(v.table().contains("|394  |"), v.table());
    }

    @Test
    void sqlErrorsComeWithSparksMessageAndPosition() throws Exception {
        QueryResult parse = query("SELECT keen_id\nFORM raw", 20, 0, null);
        assertEquals(2, (int) parse.sqlError().line(), String.valueOf(parse.sqlError()));
        assertTrue(parse.sqlError().message().contains("FORM"), String.valueOf(parse.sqlError()));
        QueryResult missing = query("SELECT nope FROM raw", 20, 0, null);
        assertEquals("UNRESOLVED_COLUMN.WITH_SUGGESTION", missing.sqlError().condition());
        assertEquals(1, (int) missing.sqlError().line());
        assertEquals(7, (int) missing.sqlError().position());
        QueryResult write = query("DROP VIEW raw", 20, 0, null);
        assertEquals("NOT_A_QUERY", write.sqlError().condition());
        assertTrue(SPARK.catalog().tableExists("raw"));
    }

    @Test
    void describeSaysWhatLanded() throws Exception {
        DescribeResult r = new DescribeCommand(SPARK, tables).run();
        String report = r.report();
        assertTrue(report.contains("root\n |-- kafka_partition: integer (nullable = true)\n"), report);
        assertTrue(report.contains(" |    |-- questions: array (nullable = true)"), report);
        assertTrue(report.contains("batch 1: t offsets {\"0\":[0,4]}, 2 rows, 2 quarantined"), report);
        assertTrue(report.matches("(?s).*-rw-r--r-- +1 \\S+ +\\S+ +\\d+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "
                + "\\S*/raw/batch=000001/part-\\S+\\.parquet\n.*"), report);
        assertFalse(report.contains("batch=000002"), report);
        assertEquals(1, (long) r.quarantine().reasons().get("not_json"));
        assertEquals(1, (long) r.quarantine().reasons().get("not_object"));
        assertEquals(1, r.views().size());
        assertEquals(1, r.views().get(0).rows());
        assertEquals(2, r.committedRows());
    }
}
