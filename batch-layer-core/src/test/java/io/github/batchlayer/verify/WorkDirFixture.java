package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.dataset.SummaryKey;
import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.OffsetSpan;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.PublishFigures;
import io.github.batchlayer.pipeline.RunJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        journal.append(new JournalEntry("publish", execution, JournalEntry.Status.OK, 0.5, "published",
                new PublishFigures(records, records * 100, from, to == null ? -1L : to,
                        dataset.toAbsolutePath().toString(), "video-books-assessments", "json", 1000, Map.of()), 1L));
        return this;
    }

    /** Appends an OK publish of a file's lines as they are (format=lines: messages that need not be JSON). */
    public WorkDirFixture publishLines(String execution, Path file, List<String> lines) {
        write(file, String.join("\n", lines) + "\n");
        journal.append(new JournalEntry("publish", execution, JournalEntry.Status.OK, 0.1, "published",
                new PublishFigures(lines.size(), 0, 0, -1, file.toAbsolutePath().toString(),
                        "video-books-assessments", PublishFigures.LINES, 1000, Map.of()), 1L));
        return this;
    }

    public WorkDirFixture ingest(long batchId, long from, long until, long quarantined, Map<String, Long> reasons,
                                 long committedRows) {
        IngestResult result = new IngestResult(batchId, "video-books-assessments",
                new TreeMap<>(Map.of(0, new OffsetSpan(from, until))), until - from - quarantined, quarantined,
                reasons, List.of(), List.of(), committedRows, batchId + 1, 3.0, 2.5, "assessments", Map.of(),
                null, null, false);
        journal.append(new JournalEntry("ingest", "ingest-" + batchId, JournalEntry.Status.OK, 3.25, "ingested",
                result, 2L));
        return this;
    }

    public WorkDirFixture failed(String goal, String execution, String message) {
        journal.append(new JournalEntry(goal, execution, JournalEntry.Status.FAILED, 1.0, message, null, 3L));
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
        List<TopExam> top = landed.topExams().stream().map(t -> new TopExam(t.examName(), t.total())).toList();
        ResultCodec.write(summarizeFile(), SummarizeArgs.COMMAND, new SummarizeResult(landed.records(),
                (long) landed.distinctExams(), landed.examCounts(), top, (long) landed.summaryCounts().size(),
                (long) landed.questionPairs(), (long) landed.questionPairs(), List.of(), null, 1.5));
        writeSummaryCsv(landed.summaryCounts());
        StringBuilder csv = new StringBuilder("exam_name,total\n");
        top.forEach(t -> csv.append(csv(t.examName())).append(',').append(t.total()).append('\n'));
        write(workDir.resolve("top-exams.csv"), csv.toString());
        return this;
    }

    private Path summarizeFile() {
        return ResultFiles.of(workDir, SummarizeArgs.COMMAND);
    }

    public ObjectNode summarizeJson() {
        try {
            return (ObjectNode) JSON.readTree(summarizeFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkDirFixture writeSummarize(ObjectNode root) {
        write(summarizeFile(), root.toString());
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
