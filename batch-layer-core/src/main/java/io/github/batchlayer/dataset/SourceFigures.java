package io.github.batchlayer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of a source file computed without Spark, one record at a time with Jackson. The verify goal
 * compares Spark's results with these, so they must come from an independent, simple reading of the same slice.
 */
public final class SourceFigures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long records;
    private final Map<String, Long> examCounts;
    private final List<ExamCount> topExams;
    private final long questionPairs;
    private final Map<SummaryKey, Long> summaryCounts;
    private final long distinctKeenIds;
    private final long recordsWithoutCounts;

    private SourceFigures(long records, Map<String, Long> examCounts, List<ExamCount> topExams, long questionPairs,
                          Map<SummaryKey, Long> summaryCounts, long distinctKeenIds, long recordsWithoutCounts) {
        this.records = records;
        this.examCounts = examCounts;
        this.topExams = topExams;
        this.questionPairs = questionPairs;
        this.summaryCounts = summaryCounts;
        this.distinctKeenIds = distinctKeenIds;
        this.recordsWithoutCounts = recordsWithoutCounts;
    }

    /**
     * Reads the records of {@code slice}; {@code topExams} keeps exams with more than {@code minAssessments}
     * records (the seed's table uses 100).
     */
    public static SourceFigures read(Path file, Slice slice, int minAssessments) {
        long records = 0;
        long pairs = 0;
        long withoutCounts = 0;
        Map<String, Long> exams = new TreeMap<>();
        Map<SummaryKey, Long> summary = new HashMap<>();
        Set<String> keenIds = new HashSet<>();
        try (JsonRecordReader reader = JsonRecordReader.open(file, slice, null)) {
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                JsonNode root = parse(file, record);
                records++;
                String exam = root.path("exam_name").asText(null);
                exams.merge(String.valueOf(exam), 1L, Long::sum);
                JsonNode keenId = root.get("keen_id");
                if (keenId != null) {
                    keenIds.add(keenId.asText());
                }
                JsonNode sequences = root.path("sequences");
                if (!sequences.path("counts").isObject()) {
                    withoutCounts++;
                }
                for (JsonNode question : sequences.path("questions")) {
                    pairs++;
                    boolean correct = question.path("user_correct").asBoolean(false);
                    summary.merge(new SummaryKey(exam, question.path("id").asText(null), correct), 1L, Long::sum);
                }
            }
        }
        List<ExamCount> top = exams.entrySet().stream()
                .filter(e -> e.getValue() > minAssessments)
                .map(e -> new ExamCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ExamCount::total).reversed().thenComparing(ExamCount::examName))
                .toList();
        return new SourceFigures(records, Collections.unmodifiableMap(exams), top, pairs,
                Collections.unmodifiableMap(summary), keenIds.size(), withoutCounts);
    }

    private static JsonNode parse(Path file, SourceRecord record) {
        try {
            return MAPPER.readTree(record.json());
        } catch (IOException e) {
            // the reader already checked the syntax; this would be a bug, but say where anyway
            throw new DatasetException(file, record.index(), record.byteOffset(), "cannot parse: " + e.getMessage(), e);
        }
    }

    public long records() {
        return records;
    }

    public long distinctExams() {
        return examCounts.size();
    }

    /** Records per exam_name, sorted by name. */
    public Map<String, Long> examCounts() {
        return examCounts;
    }

    /** Exams with more than minAssessments records, by total descending then name. */
    public List<ExamCount> topExams() {
        return topExams;
    }

    /** The number of (record, question) pairs: the sum of the questions arrays' lengths. */
    public long questionPairs() {
        return questionPairs;
    }

    public Map<SummaryKey, Long> summaryCounts() {
        return summaryCounts;
    }

    public long distinctKeenIds() {
        return distinctKeenIds;
    }

    /** Records whose sequences.counts is missing (or not an object). */
    public long recordsWithoutCounts() {
        return recordsWithoutCounts;
    }
}
