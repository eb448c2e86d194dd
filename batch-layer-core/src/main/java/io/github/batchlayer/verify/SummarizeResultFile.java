package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The summarize job's own account ({@code results/summarize.json}), the landed side of the comparison, as verify
 * and the report read it: the result, or why there is none.
 *
 * @param result  the last run's result; empty when it did not run, failed, or left an unreadable file
 * @param problem why there is no result (null when there is one)
 */
public record SummarizeResultFile(Optional<SummarizeResult> result, String problem) {
    public static final String RELATIVE_PATH = ResultFiles.relative(SummarizeArgs.COMMAND);

    /** The result's top exams as the source's figures name them, to compare and to chart. */
    public static List<ExamCount> topExams(SummarizeResult result) {
        return result.topExams().stream().map(t -> new ExamCount(t.examName(), t.total())).toList();
    }

    public static SummarizeResultFile read(Path workDir) {
        try {
            Optional<JobOutcome<SummarizeResult>> outcome = ResultFiles.read(workDir, SummarizeArgs.COMMAND);
            if (outcome.isEmpty()) {
                return new SummarizeResultFile(Optional.empty(), RELATIVE_PATH
                        + " is missing: summarize did not run or failed before writing its result");
            }
            return outcome.get().failed()
                    ? new SummarizeResultFile(Optional.empty(), RELATIVE_PATH + " holds the last run's error: "
                            + outcome.get().error())
                    : new SummarizeResultFile(outcome.get().success(), null);
        } catch (UncheckedIOException e) {
            return new SummarizeResultFile(Optional.empty(), e.getCause().getMessage());
        }
    }
}
