package io.github.batchlayer.job.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code summarize} run computed ({@code results/summarize.json}): the landed side of verify's
 * comparison.
 *
 * @param rawRows       rows of all committed batches
 * @param examCounts    assessments per exam name ("" for a missing name)
 * @param topExams      exams with more than {@code --min-assessments}, total descending, then name
 * @param summaryRows   rows of the (exam, question, user_correct) summary
 * @param summaryTotal  the summary's counts added up
 * @param questionPairs (landed row, question) pairs, which summaryTotal must equal
 */
public record SummarizeResult(long rawRows, long distinctExams, Map<String, Long> examCounts,
                              List<TopExam> topExams, long summaryRows, long summaryTotal, long questionPairs,
                              double seconds) {
    public SummarizeResult {
        examCounts = examCounts == null ? Map.of() : new LinkedHashMap<>(examCounts);
        topExams = topExams == null ? List.of() : List.copyOf(topExams);
    }
}
