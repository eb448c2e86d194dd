package io.github.batchlayer.job.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code summarize} run computed ({@code results/summarize.json}): the landed side of verify's
 * comparison.
 *
 * The assessment figures (exams, top exams, summary) are there when raw has the preset's columns and the views of
 * the preset's names ran; otherwise they are null (or empty) and only {@code views} describes the run.
 *
 * @param rawRows       rows of all committed batches
 * @param distinctExams distinct exam names in raw, or null when raw has no {@code exam_name}
 * @param examCounts    assessments per exam name ("" for a missing name)
 * @param topExams      the rows of the view {@code top_exams}: exams with more than {@code --min-assessments}
 * @param summaryRows   rows of the view {@code assessments_summary}, or null when there is none
 * @param summaryTotal  that view's counts added up, or null
 * @param questionPairs (landed row, question) pairs, which summaryTotal must equal; null without {@code sequences}
 * @param views         every view this run landed, in run order
 * @param countBy       per-value counts of {@code --count-by}; null when it was not given
 */
public record SummarizeResult(long rawRows, Long distinctExams, Map<String, Long> examCounts,
                              List<TopExam> topExams, Long summaryRows, Long summaryTotal, Long questionPairs,
                              List<ViewResult> views, CountBy countBy, double seconds) {
    public SummarizeResult {
        examCounts = examCounts == null ? Map.of() : new LinkedHashMap<>(examCounts);
        topExams = topExams == null ? List.of() : List.copyOf(topExams);
        views = views == null ? List.of() : List.copyOf(views);
    }
}
