package io.github.batchlayer.verify;

import io.github.batchlayer.job.contract.SummarizeResult;

import java.util.ArrayList;
import java.util.List;

/** The figures the consumer declared in its pom; each unset expectation adds no check. */
final class ExpectationChecks {
    private ExpectationChecks() {
    }

    /**
     * @param rawRows   rows landed as the raw-rows check saw them (null when unknown)
     * @param summarize the landed summary, or null when there is none
     */
    static List<Check> check(VerifyExpectations expectations, Long rawRows, SummarizeResult summarize) {
        List<Check> checks = new ArrayList<>();
        if (expectations.expectedRecords() != null) {
            checks.add(Check.equal(CheckNames.EXPECTED_RECORDS, expectations.expectedRecords(), rawRows));
        }
        if (expectations.expectedDistinctExams() != null) {
            Long distinct = summarize == null ? null : summarize.distinctExams();
            checks.add(Check.equal(CheckNames.EXPECTED_DISTINCT_EXAMS,
                    expectations.expectedDistinctExams().longValue(), distinct));
        }
        expectations.expectedTopExams().forEach((exam, count) -> {
            Long landed = summarize == null ? null : summarize.examCounts().get(exam);
            checks.add(Check.equal(CheckNames.expectedTopExam(exam), count, landed));
        });
        return checks;
    }
}
