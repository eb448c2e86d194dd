package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.SummaryKey;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark job's {@code summary.csv} (exam_name, question_id, user_correct, counts) as summary counts keyed like
 * {@link io.github.batchlayer.dataset.SourceFigures#summaryCounts()}, so both sides compare key by key.
 */
public final class SummaryCsv {
    public static final String FILE_NAME = "summary.csv";

    private SummaryCsv() {
    }

    public static Path file(Path workDir) {
        return workDir.resolve(FILE_NAME);
    }

    /**
     * Counts per key; a key that appears on two rows is summed, which then shows as a mismatch rather than one
     * row hiding the other. Throws IllegalArgumentException naming the row when a row cannot be read.
     */
    public static Map<SummaryKey, Long> counts(CsvTable table) {
        int exam = required(table, "exam_name");
        int question = required(table, "question_id");
        int correct = required(table, "user_correct");
        int counts = required(table, "counts");
        Map<SummaryKey, Long> result = new HashMap<>();
        int line = 1;
        for (List<String> row : table.rows()) {
            line++;
            try {
                SummaryKey key = new SummaryKey(row.get(exam), row.get(question),
                        Boolean.parseBoolean(row.get(correct).trim()));
                result.merge(key, Long.parseLong(row.get(counts).trim()), Long::sum);
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("summary.csv row " + line + " is not readable: " + row, e);
            }
        }
        return result;
    }

    private static int required(CsvTable table, String column) {
        int index = table.column(column);
        if (index < 0) {
            throw new IllegalArgumentException("summary.csv has no column '" + column + "'; header " + table.header());
        }
        return index;
    }
}
