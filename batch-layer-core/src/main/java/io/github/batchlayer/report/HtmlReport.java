package io.github.batchlayer.report;

import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.CsvTable;
import io.github.batchlayer.verify.IngestBatch;
import io.github.batchlayer.verify.IngestHistory;
import io.github.batchlayer.verify.SummarizeResultFile;
import io.github.batchlayer.verify.SummaryCsv;
import io.github.batchlayer.verify.VerifyResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human side of verify: {@code report.html}, one self-contained page (no external CSS, scripts or images)
 * with the verdict, the checks, a chart of the top exams, a sample of the summary, the offsets each ingest landed
 * and the time each goal took. Sections whose input is missing say so instead of disappearing.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";
    static final int SUMMARY_SAMPLE_ROWS = 20;

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:left;vertical-align:top}th{background:#eee}.banner{padding:.8em;font-size:1.3em;"
            + "font-weight:bold;color:#fff}.pass{background:#2e7d32}.fail{background:#c62828}"
            + "tr.fail td{background:#fde0e0}tr.pass td{background:#e6f4e6}";

    private HtmlReport() {
    }

    /** Writes {@code report.html} into {@code workDir} and returns its path. */
    public static Path write(Path workDir, VerifyResult result) {
        List<JournalEntry> entries = new RunJournal(workDir).entries();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>Batch layer verify report</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>Batch layer verify report</h1>\n");
        banner(html, result);
        checks(html, result);
        chart(html, workDir);
        summarySample(html, workDir);
        offsets(html, IngestHistory.read(workDir, entries));
        timings(html, entries);
        html.append("<p>Generated ").append(Html.escape(result.generatedAt())).append("</p>\n</body>\n</html>\n");
        Path file = workDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(workDir);
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static void banner(StringBuilder html, VerifyResult result) {
        int failed = result.failedChecks().size();
        String text = result.passed() ? "PASSED: all " + result.checks().size() + " checks passed"
                : "FAILED: " + failed + " of " + result.checks().size() + " checks failed";
        html.append("<div class=\"banner ").append(result.passed() ? "pass" : "fail").append("\">")
                .append(Html.escape(text)).append("</div>\n");
    }

    private static void checks(StringBuilder html, VerifyResult result) {
        html.append("<h2>Checks</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Check c : result.checks()) {
            rows.add(List.of(c.name(), c.expected(), c.actual(), c.passed() ? "pass" : "FAIL"));
            classes.add(c.passed() ? "pass" : "fail");
        }
        html.append(HtmlTable.render(List.of("check", "expected", "actual", "result"), rows, classes));
    }

    private static void chart(StringBuilder html, Path workDir) {
        html.append("<h2>Top exams</h2>\n");
        List<ExamCount> top = SummarizeResultFile.read(workDir).result().map(SummarizeResultFile::topExams)
                .orElse(null);
        if (top == null) {
            html.append("<p>No summarize result (").append(Html.escape(SummarizeResultFile.RELATIVE_PATH))
                    .append(").</p>\n");
            return;
        }
        html.append(BarChartSvg.render(top, "Assessments per exam (top exams)"));
    }

    private static void summarySample(StringBuilder html, Path workDir) {
        Path file = SummaryCsv.file(workDir);
        html.append("<h2>Summary (first ").append(SUMMARY_SAMPLE_ROWS).append(" rows of ")
                .append(Html.escape(SummaryCsv.FILE_NAME)).append(")</h2>\n");
        if (!Files.isRegularFile(file)) {
            html.append("<p>").append(Html.escape(SummaryCsv.FILE_NAME)).append(" is missing.</p>\n");
            return;
        }
        CsvTable table = CsvTable.read(file);
        List<List<String>> rows = table.rows().subList(0, Math.min(SUMMARY_SAMPLE_ROWS, table.rows().size()));
        html.append(HtmlTable.render(table.header(), rows, null));
        html.append("<p>").append(table.rows().size()).append(" rows in all.</p>\n");
    }

    private static void offsets(StringBuilder html, IngestHistory ingest) {
        html.append("<h2>Offsets landed per ingest batch</h2>\n");
        List<List<Object>> rows = new ArrayList<>();
        for (IngestBatch b : ingest.batches()) {
            IngestResult r = b.result();
            rows.add(List.of(String.valueOf(b.execution()), r.batchId() == null ? "-" : r.batchId(), r.offsetsText(),
                    r.rowsLanded(), r.quarantined(), r.committedRows()));
        }
        html.append(rows.isEmpty() ? "<p>No ingest recorded.</p>\n" : HtmlTable.render(List.of("execution", "batch",
                "offsets", "rows landed", "quarantined", "committed rows"), rows, null));
    }

    private static void timings(StringBuilder html, List<JournalEntry> entries) {
        html.append("<h2>Goal timings</h2>\n");
        List<List<Object>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (JournalEntry e : entries) {
            rows.add(List.of(String.valueOf(e.goal()), String.valueOf(e.execution()), String.valueOf(e.status()),
                    String.format(Locale.ROOT, "%.1f", e.seconds()), String.valueOf(e.message())));
            classes.add(e.status() == JournalEntry.Status.FAILED ? "fail" : null);
        }
        html.append(rows.isEmpty() ? "<p>The journal is empty.</p>\n" : HtmlTable.render(List.of("goal",
                "execution", "status", "seconds", "message"), rows, classes));
    }
}
