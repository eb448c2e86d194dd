package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.dataset.SummaryKey;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the landed data must show, summed over every slice that was published. Top exams are recomputed
 * from the summed counts: a slice's own top list is meaningless once slices are combined.
 */
public record ExpectedFigures(long records, Map<String, Long> examCounts, List<ExamCount> topExams,
                              long questionPairs, Map<SummaryKey, Long> summaryCounts) {

    public static ExpectedFigures combine(List<SourceFigures> parts, int minAssessments) {
        long records = 0;
        long pairs = 0;
        Map<String, Long> exams = new TreeMap<>();
        Map<SummaryKey, Long> summary = new HashMap<>();
        for (SourceFigures part : parts) {
            records += part.records();
            pairs += part.questionPairs();
            part.examCounts().forEach((k, v) -> exams.merge(k, v, Long::sum));
            part.summaryCounts().forEach((k, v) -> summary.merge(k, v, Long::sum));
        }
        return new ExpectedFigures(records, Collections.unmodifiableMap(exams), topExams(exams, minAssessments),
                pairs, Collections.unmodifiableMap(summary));
    }

    /** Exams with more than {@code minAssessments} records, by total descending then name, as the seed orders. */
    static List<ExamCount> topExams(Map<String, Long> exams, int minAssessments) {
        return exams.entrySet().stream()
                .filter(e -> e.getValue() > minAssessments)
                .map(e -> new ExamCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ExamCount::total).reversed().thenComparing(ExamCount::examName))
                .toList();
    }

    public long distinctExams() {
        return examCounts.size();
    }
}
