package io.github.batchlayer.report;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterInfo;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.OffsetSpan;
import io.github.batchlayer.job.contract.QuarantineSample;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;
import io.github.batchlayer.verify.Verifier;
import io.github.batchlayer.verify.VerifyExpectations;
import io.github.batchlayer.verify.VerifyResult;
import io.github.batchlayer.verify.WorkDirFixture;
import io.github.batchlayer.verify.expect.DeclaredChecks;
import io.github.batchlayer.verify.expect.ViewExpectation;
import io.github.batchlayer.verify.expect.ViewsFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report of a run with views, quarantined lines, a cluster and logs, parsed as a browser parses it. */
class HtmlReportStructureTest {
    static final String LONG = "Software Architecture Fundamentals Understanding the Basics and Much More";

    @TempDir
    Path dir;

    private Document report() throws Exception {
        Path dataset = WorkDirFixture.writeDataset(dir.resolve("data.json"), List.of(
                WorkDirFixture.record("k0", LONG, true), WorkDirFixture.record("k1", "Git")));
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset).publish("records", 0, null)
                .publishLines("bad", dir.resolve("bad.txt"), List.of("not json"));
        new RunJournal(run.workDir).append(new JournalEntry("ingest", "first-batch", JournalEntry.Status.OK, 4.0,
                "ingested", new IngestResult(1L, "video-books-assessments",
                        new TreeMap<>(Map.of(0, new OffsetSpan(0, 3))), 2, 1, Map.of("not_json", 1L),
                        List.of(new QuarantineSample(1, 0, 2, "not_json", "not json")), List.of(), 2, 1, 4.0, 3.0,
                        "assessments", Map.of(), null, null, false),
                System.currentTimeMillis()));
        run.land(SourceFigures.read(dataset, Slice.all(), 0), 0);
        new ViewsFixture(run.workDir).view("top_exams", true, "exam_name,total\n\"" + LONG + "\",1\nGit,1\n")
                .view("summary", true, "exam_name,question_id,counts\nGit,q0,1\n");
        new ClusterInfo("embedded", new EngineVersions("4.4.0", "3.4.3", "4.2.0", "2.13", "2.25.3", "0.1.0"),
                new ClusterEndpoints("127.0.0.1:9092", "hdfs://127.0.0.1:8020", "http://127.0.0.1:9870", "local[*]"),
                List.of(new ServiceProcess("kafka", 1, "a", run.workDir.resolve("logs/kafka.log").toString())),
                1L, 12.5).write(run.workDir);
        Files.createDirectories(run.workDir.resolve("logs"));
        Files.writeString(run.workDir.resolve("logs/kafka.log"), "started");
        Files.writeString(run.workDir.resolve("logs/spark-ingest.log"), "ran");
        VerifyResult result = new Verifier().verify(run.workDir, new VerifyExpectations(null, null, null, 1, 0),
                new DeclaredChecks(List.of(ViewExpectation.of("top_exams")), null, null));
        return Jsoup.parse(HtmlReport.write(run.workDir, result).toFile(), "UTF-8");
    }

    private static Element section(Document html, String heading) {
        return html.select("h2").stream().filter(h -> h.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in " + html.select("h2").eachText()));
    }

    @Test
    void everyPartOfTheRunHasItsSection() throws Exception {
        Document html = report();
        assertEquals(List.of("Checks", "Batch views", "Quarantined messages", "Offsets landed per ingest batch",
                "Timeline of the goals", "Goal timings", "Cluster", "Logs"), html.select("h2").eachText());
        assertNotNull(html.selectFirst("meta[name=viewport]"), "phones get the device width");
    }

    @Test
    void viewsShowTheirRowsAndAChartWhoseLongLabelsWrapInsideIt() throws Exception {
        Document html = report();
        Element top = html.getElementById("view-top_exams");
        assertNotNull(top);
        assertTrue(top.selectFirst("p").text().startsWith("2 rows from src/batch-layer/views/top_exams.sql"));
        assertEquals(List.of("exam_name", "total"), top.select("table th").eachText());
        assertEquals(2, top.select("table tbody tr").size());
        Element svg = top.selectFirst("div.chart svg");
        assertNotNull(svg, "label + number: a chart");
        // the long label is wrapped, and every line of it starts right of the chart's left edge
        Elements lines = svg.select("text[text-anchor=end] tspan");
        assertEquals(2, lines.size(), svg.outerHtml());
        assertEquals(LONG, lines.eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        int labelRight = Integer.parseInt(lines.first().attr("x"));
        for (String line : lines.eachText()) {
            assertTrue(line.length() * BarChartSvg.CHAR_WIDTH <= labelRight, line + " fits left of x=" + labelRight);
        }
        assertNull(html.getElementById("view-summary").selectFirst("svg"), "no number in column 2: no chart");
    }

    @Test
    void quarantineClusterAndLogsAreListed() throws Exception {
        Document html = report();
        Element samples = section(html, "Quarantined messages").nextElementSiblings().select("table").first();
        assertEquals(List.of("batch", "partition", "offset", "reason", "message starts"),
                samples.select("th").eachText());
        assertEquals(List.of("1", "0", "2", "not_json", "not json"), samples.select("tbody tr").first().select("td")
                .eachText());
        String cluster = section(html, "Cluster").nextElementSiblings().text();
        assertTrue(cluster.contains("Kafka 4.4.0") && cluster.contains("Spark 4.2.0 (Scala 2.13)"), cluster);
        assertTrue(cluster.contains("hdfs://127.0.0.1:8020"), cluster);
        assertEquals(List.of("logs/kafka.log", "logs/spark-ingest.log"), html.select("ul.logs a").eachAttr("href"));
        assertEquals(3, html.select("h2:contains(Timeline) + div.chart svg rect").size(),
                "one bar per journal entry: two publishes and the ingest");
    }
}
