package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.dataset.SummaryKey;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A work dir as the pipeline leaves it (journal, results/*.json, summary.csv), built from a dataset file with the
 * landed side computed by SourceFigures, so a test starts from a correct run and tampers with one thing.
 */
public final class WorkDirFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Path workDir;
    public final Path dataset;
    private final RunJournal journal;

    private WorkDirFixture(Path workDir, Path dataset) {
        this.workDir = workDir;
        this.dataset = dataset;
        this.journal = new RunJournal(workDir);
    }

    public static WorkDirFixture withDataset(Path dir, Path dataset) {
        return new WorkDirFixture(dir.resolve("target/batch-layer"), dataset);
    }

    /** A tiny hand-written dataset: one record per (exam, questions) pair; exam names need JSON escaping. */
    public static Path writeDataset(Path file, List<String> records) {
        write(file, "[\n" + String.join(",\n", records) + "\n]\n");
        return file;
    }

    public static String record(String keenId, String exam, boolean... answers) {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            questions.append(i == 0 ? "" : ",").append("{\"id\":\"q").append(i).append("\",\"user_correct\":")
                    .append(answers[i]).append('}');
        }
        return "{\"keen_id\":\"" + keenId + "\",\"exam_name\":" + quoteJson(exam) + ",\"sequences\":{\"questions\":["
                + questions + "],\"counts\":{\"total\":" + answers.length + "}}}";
    }

    private static String quoteJson(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends an OK publish entry; records is what the slice holds, as the producer would acknowledge. */
    public WorkDirFixture publish(String execution, long from, Long to) {
        long records = SourceFigures.read(dataset, Slice.of(from, to), 0).records();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", records);
        figures.put("bytes", records * 100);
        figures.put("from", from);
        figures.put("to", to == null ? -1L : to);
        figures.put("dataset", dataset.toAbsolutePath().toString());
        figures.put("topic", "video-books-assessments");
        journal.append(new JournalEntry("publish", execution, JournalEntry.Status.OK, 0.5, "published", figures, 1L));
        return this;
    }

    /** Appends an OK publish of a file's lines as they are (format=lines: messages that need not be JSON). */
    public WorkDirFixture publishLines(String execution, Path file, List<String> lines) {
        write(file, String.join("\n", lines) + "\n");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", (long) lines.size());
        figures.put("from", 0L);
        figures.put("to", -1L);
        figures.put("dataset", file.toAbsolutePath().toString());
        figures.put("format", "lines");
        journal.append(new JournalEntry("publish", execution, JournalEntry.Status.OK, 0.1, "published", figures, 1L));
        return this;
    }

    public WorkDirFixture ingest(long batchId, long from, long until, long quarantined, String reasons,
                                 long committedRows) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("batchId", batchId);
        figures.put("rowsLanded", until - from - quarantined);
        figures.put("quarantined", quarantined);
        figures.put("quarantineReasons", reasons == null ? "{}" : reasons);
        figures.put("offsets", "{\"0\":[" + from + "," + until + "]}");
        figures.put("committedRows", committedRows);
        figures.put("committedBatches", batchId + 1);
        journal.append(new JournalEntry("ingest", "ingest-" + batchId, JournalEntry.Status.OK, 3.25, "ingested",
                figures, 2L));
        return this;
    }

    public WorkDirFixture failed(String goal, String execution, String message) {
        journal.append(new JournalEntry(goal, execution, JournalEntry.Status.FAILED, 1.0, message, Map.of(), 3L));
        return this;
    }

    /**
     * Writes what a correct summarize of {@code landed} would: summarize.json, summary.csv (RFC 4180 quoting,
     * rows in the seed's order) and top-exams.csv.
     */
    public WorkDirFixture land(SourceFigures landed, int minAssessments) {
        return land(ExpectedFigures.combine(List.of(landed), minAssessments));
    }

    public WorkDirFixture land(ExpectedFigures landed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", "summarize").put("rawRows", landed.records()).put("distinctExams", landed.distinctExams());
        ObjectNode exams = root.putObject("examCounts");
        landed.examCounts().forEach(exams::put);
        List<ExamCount> top = landed.topExams();
        top.forEach(t -> root.withArray("topExams").addObject().put("exam_name", t.examName()).put("total", t.total()));
        if (top.isEmpty()) {
            root.putArray("topExams");
        }
        root.put("summaryRows", landed.summaryCounts().size()).put("summaryTotal", landed.questionPairs())
                .put("questionPairs", landed.questionPairs()).put("seconds", 1.5);
        writeSummarize(root);
        writeSummaryCsv(landed.summaryCounts());
        StringBuilder csv = new StringBuilder("exam_name,total\n");
        top.forEach(t -> csv.append(csv(t.examName())).append(',').append(t.total()).append('\n'));
        write(workDir.resolve("top-exams.csv"), csv.toString());
        return this;
    }

    public ObjectNode summarizeJson() {
        try {
            return (ObjectNode) JSON.readTree(SummarizeResult.file(workDir).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkDirFixture writeSummarize(ObjectNode root) {
        write(SummarizeResult.file(workDir), root.toString());
        return this;
    }

    public WorkDirFixture writeSummaryCsv(Map<SummaryKey, Long> counts) {
        List<Map.Entry<SummaryKey, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<SummaryKey, Long> e) -> e.getKey().examName())
                .thenComparing(e -> e.getKey().questionId()).thenComparing(e -> e.getKey().userCorrect()));
        StringBuilder csv = new StringBuilder("exam_name,question_id,user_correct,counts\r\n");
        for (Map.Entry<SummaryKey, Long> row : rows) {
            csv.append(csv(row.getKey().examName())).append(',').append(csv(row.getKey().questionId())).append(',')
                    .append(row.getKey().userCorrect()).append(',').append(row.getValue()).append("\r\n");
        }
        write(SummaryCsv.file(workDir), csv.toString());
        return this;
    }

    static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
