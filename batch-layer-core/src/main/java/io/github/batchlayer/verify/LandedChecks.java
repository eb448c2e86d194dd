package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.dataset.SummaryKey;
import io.github.batchlayer.job.contract.SummarizeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares what Spark reports (results/summarize.json, summary.csv) with the independent figures of the published
 * slices: raw rows, exams, top exams and the per-question summary.
 */
final class LandedChecks {
    private LandedChecks() {
    }

    /** Raw rows: the summarize job's count, or the ingest's committed rows when summarize left nothing. */
    static Check rawRows(SummarizeResult summarize, IngestHistory ingest, long publishedRecords) {
        Long landed = summarize != null ? Long.valueOf(summarize.rawRows()) : ingest.lastCommittedRows();
        if (landed == null) {
            return Check.fail(CheckNames.RAW_ROWS, publishedRecords + " rows (records published)",
                    "no row count: neither summarize rawRows nor an ingest committedRows was recorded");
        }
        return Check.equal(CheckNames.RAW_ROWS, publishedRecords, landed);
    }

    static List<Check> exams(SummarizeResult summarize, ExpectedFigures source) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.equal(CheckNames.DISTINCT_EXAMS, source.distinctExams(), summarize.distinctExams()));
        MapDiff diff = MapDiff.of(source.examCounts(), summarize.examCounts(), name -> name);
        checks.add(new Check(CheckNames.EXAM_COUNTS, source.distinctExams() + " exams, counts as in the source",
                diff.describe("exam(s)"), diff.isEmpty()));
        checks.add(topExams(SummarizeResultFile.topExams(summarize), source.topExams()));
        return checks;
    }

    /** Same exams, same totals, same order (total descending, then name). */
    private static Check topExams(List<ExamCount> landed, List<ExamCount> expected) {
        return new Check(CheckNames.TOP_EXAMS, describe(expected), describe(landed), expected.equals(landed));
    }

    static String describe(List<ExamCount> exams) {
        if (exams.isEmpty()) {
            return "(none)";
        }
        StringBuilder text = new StringBuilder();
        for (ExamCount e : exams) {
            text.append(text.length() == 0 ? "" : ", ").append(e.examName()).append('=').append(e.total());
        }
        return text.toString();
    }

    static Check summaryTotal(SummarizeResult summarize, ExpectedFigures source) {
        return Check.equal(CheckNames.SUMMARY_TOTAL, source.questionPairs(), summarize.summaryTotal());
    }

    /** Every (exam, question, user_correct) group of summary.csv against the source's counts, both ways. */
    static Check summaryRows(Map<SummaryKey, Long> landed, ExpectedFigures source) {
        MapDiff diff = MapDiff.of(source.summaryCounts(), landed,
                k -> k.examName() + " / " + k.questionId() + " / " + k.userCorrect());
        return new Check(CheckNames.SUMMARY_ROWS, source.summaryCounts().size() + " rows, counts as in the source",
                landed.size() + " rows; " + diff.describe("key(s)"), diff.isEmpty());
    }
}
