package io.github.batchlayer.report;

import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.verify.Verifier;
import io.github.batchlayer.verify.VerifyExpectations;
import io.github.batchlayer.verify.VerifyResult;
import io.github.batchlayer.verify.WorkDirFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    static final String TRICKY = "Intro, \"quoted\" <b>&";

    @TempDir
    Path dir;

    @Test
    void writesASelfContainedReportWithEveryValueEscaped() throws Exception {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            records.add(WorkDirFixture.record("k" + i, i % 8 == 0 ? TRICKY : "Other " + (i % 8), true, (i / 8) % 2 == 0));
        }
        Path dataset = WorkDirFixture.writeDataset(dir.resolve("data.json"), records);
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset).publish("all", 0, null)
                .ingest(0, 0, 25, 0, null, 25).failed("summarize", "x", "job <died> & left")
                .land(SourceFigures.read(dataset, Slice.all(), 0), 1);
        VerifyResult result = new Verifier().verify(run.workDir, new VerifyExpectations(null, null, null, 0, 1));
        assertFalse(result.passed());

        Path file = HtmlReport.write(run.workDir, result);
        assertEquals(run.workDir.resolve("report.html"), file);
        String html = Files.readString(file);
        assertTrue(html.contains("class=\"banner fail\">FAILED: 1 of "), "banner");
        assertTrue(html.contains("<svg"), "chart");
        String escaped = "Intro, &quot;quoted&quot; &lt;b&gt;&amp;";
        assertTrue(html.contains(">" + escaped + "</text>"), "chart label escaped");
        assertTrue(html.contains("<td>" + escaped + "</td>"), "summary table escaped");
        assertFalse(html.contains("<b>&"), "no raw markup from data");
        assertTrue(html.contains("job &lt;died&gt; &amp; left"), "journal message escaped");
        assertTrue(html.contains("{&quot;0&quot;:[0,25]}"), "offsets per batch");
        assertTrue(html.contains("<td>ingest</td><td>ingest-0</td><td>OK</td><td>3.3</td>")
                || html.contains("<td>ingest</td><td>ingest-0</td><td>OK</td><td>3.2</td>"), "timings");
        assertTrue(html.contains("of summary.csv)</h2>"));
        // 8 exams x (q0 true, q1 true, q1 false) = 24 summary groups, of which the report shows the first 20
        assertTrue(html.contains("<p>24 rows in all.</p>"));
        String summary = html.substring(html.indexOf("of summary.csv)</h2>"), html.indexOf("rows in all."));
        assertEquals(1 + 20, summary.split("<tr>").length - 1, "header + 20 rows");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "no external resource");
        assertFalse(html.contains("<script") || html.contains("<link"), "self-contained");
    }

    @Test
    void missingInputsAreSaid() throws Exception {
        Path workDir = dir.resolve("empty");
        VerifyResult result = new Verifier().verify(workDir, VerifyExpectations.defaults());
        String html = Files.readString(HtmlReport.write(workDir, result));
        assertTrue(html.contains("No summarize result"));
        assertTrue(html.contains("summary.csv is missing"));
        assertTrue(html.contains("No ingest recorded"));
    }
}
