package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Views as SQL files: order, names, one view over another, ORDER BY detection, errors, all-or-nothing. */
class ViewRunnerTest {
    private final SparkSession spark = TestSpark.session();

    private static Path views(Path work, Map<String, String> files) throws Exception {
        Path dir = work.resolve("sql-" + System.nanoTime());
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    private List<ViewRunner.LandedView> run(Path work, Path sql) throws Exception {
        spark.sql("SELECT * FROM VALUES ('a', 1), ('b', 2), ('a', 3) AS t(k, v)").createOrReplaceTempView("raw");
        return new ViewRunner(spark, work.resolve("hdfs").toUri().toString(), work.resolve("csv"),
                Map.of("min_v", 1)).run(ViewFile.discover(sql));
    }

    @Test
    void runsFilesInNameOrderEachOverTheOnesBefore() throws Exception {
        Path work = TestSpark.dir("views");
        Path sql = views(work, Map.of(
                "10_totals.sql", "SELECT k, sum(v) AS total FROM raw WHERE v >= :min_v GROUP BY k ORDER BY k",
                "20-big.sql", "SELECT k FROM totals WHERE total > 2",
                "notes.txt", "not a view"));
        List<ViewRunner.LandedView> landed = run(work, sql);
        assertEquals(List.of("totals", "big"), landed.stream().map(v -> v.file().name()).toList());
        assertEquals(List.of(true, false), landed.stream().map(ViewRunner.LandedView::ordered).toList());
        assertEquals(List.of("k,total", "a,4", "b,2"), Files.readAllLines(work.resolve("csv/views/totals.csv")));
        assertEquals(List.of("k", "a"), Files.readAllLines(work.resolve("csv/views/big.csv")));
        assertEquals(2, spark.read().parquet(landed.get(0).parquetPath()).count());
    }

    @Test
    void aFailingViewNamesFileAndLineAndReplacesNothing() throws Exception {
        Path work = TestSpark.dir("views-fail");
        run(work, views(work, Map.of("01_totals.sql", "SELECT k, count(*) AS n FROM raw GROUP BY k")));
        Path bad = views(work, Map.of("01_totals.sql", "SELECT k, count(*) AS n, 7 AS seven FROM raw GROUP BY k",
                "02_broken.sql", "SELECT k,\n  no_such_column\nFROM totals"));
        ViewStatement.ViewFailedException e = assertThrows(ViewStatement.ViewFailedException.class,
                () -> run(work, bad));
        assertTrue(e.getMessage().contains("view broken (" + bad.resolve("02_broken.sql") + ", line 2)"),
                e.getMessage());
        // the earlier run's totals, not this run's (which had a third column)
        assertEquals("k,n", Files.readAllLines(work.resolve("csv/views/totals.csv")).get(0));
        assertEquals(2, spark.read().parquet(work.resolve("hdfs/totals").toString()).columns().length);
        assertFalse(Files.exists(work.resolve("csv/views/broken.csv")));
        try (var left = Files.list(work.resolve("hdfs"))) {
            assertEquals(List.of("totals"), left.map(p -> p.getFileName().toString()).toList(), "no attempt left");
        }
    }

    @Test
    void aSyntaxErrorIsFoundBeforeAnythingRuns() throws Exception {
        Path work = TestSpark.dir("views-syntax");
        Path sql = views(work, Map.of("01_ok.sql", "SELECT 1 AS one", "02_bad.sql", "SELECT k\nFROM raw WHER x"));
        UsageException e = assertThrows(UsageException.class, () -> run(work, sql));
        assertTrue(e.getMessage().contains("02_bad.sql, line 2)"), e.getMessage());
        assertFalse(Files.exists(work.resolve("csv/views")), "the first view did not run either");
    }

    @Test
    void namesAreBaseNamesWithoutOrderPrefix() {
        assertEquals("daily_totals", ViewFile.viewName("01_daily_totals.sql"));
        assertEquals("daily_totals", ViewFile.viewName("daily_totals.sql"));
        assertEquals("totals", ViewFile.viewName("2-totals.sql"));
        assertTrue(ViewStatement.parseOrdered(new ViewFile("v", "f", "WITH x AS (SELECT 1 a) SELECT a FROM x "
                + "ORDER BY a LIMIT 5")));
        assertFalse(ViewStatement.parseOrdered(new ViewFile("v", "f", "SELECT a FROM (SELECT 1 a ORDER BY a)")));
    }
}
