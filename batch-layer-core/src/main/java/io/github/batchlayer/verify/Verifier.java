package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.DatasetException;
import io.github.batchlayer.dataset.SummaryKey;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;
import io.github.batchlayer.verify.expect.DeclaredChecks;
import io.github.batchlayer.verify.expect.JobFigures;
import io.github.batchlayer.verify.expect.PublishedFile;
import io.github.batchlayer.verify.expect.SourceReconciliation;
import io.github.batchlayer.verify.expect.ViewChecks;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verify goal's judgement: reads the run journal and the Spark job's results under the work dir, reads the
 * published slices of the source independently, and returns every comparison as a {@link Check}. It never
 * throws for a bad run; what is missing becomes a failed check, so nothing passes by having nothing to compare.
 */
public final class Verifier {

    public VerifyResult verify(Path workDir, VerifyExpectations expectations) {
        return verify(workDir, expectations, DeclaredChecks.none());
    }

    /** As {@link #verify(Path, VerifyExpectations)}, with the view expectations and the count-by field. */
    public VerifyResult verify(Path workDir, VerifyExpectations expectations, DeclaredChecks declared) {
        List<JournalEntry> entries = new RunJournal(workDir).entries();
        List<Check> checks = new ArrayList<>(JournalChecks.check(entries));

        PublishedSource published = PublishedSource.fromJournal(entries);
        List<PublishedFile> publishedFiles = PublishedFile.fromJournal(entries);
        // only raw lines published (format=lines, a consumer's own messages): the account below judges them
        boolean onlyLines = published.isEmpty() && !publishedFiles.isEmpty();
        ExpectedFigures source = onlyLines ? null : readSource(published, expectations, checks);
        SummarizeResultFile summarizeFile = SummarizeResultFile.read(workDir);
        Optional<SummarizeResult> summarize = summarizeFile.result();
        checks.add(summarize.isPresent()
                ? Check.pass(CheckNames.SUMMARIZE_RESULT, "present", SummarizeResultFile.RELATIVE_PATH)
                : Check.fail(CheckNames.SUMMARIZE_RESULT, "present", summarizeFile.problem()));
        IngestHistory ingest = IngestHistory.read(workDir, entries);

        checks.addAll(SourceReconciliation.check(publishedFiles, landedRows(summarize, ingest),
                ingest.totalQuarantined(), declared.countBy(), JobFigures.countBy(summarize).orElse(null)));
        // the preset's own checks, where the landed data has what they compare (a consumer's schema has no exams)
        if (source != null && summarize.isPresent() && summarize.get().distinctExams() != null) {
            // counted by a field, the reconciliation above supersedes the exam counts (countBy=exam_name is them)
            LandedChecks.exams(summarize.get(), source).stream()
                    .filter(c -> declared.countBy() == null || !c.name().equals(CheckNames.EXAM_COUNTS))
                    .forEach(checks::add);
        }
        if (source != null && summarize.isPresent() && summarize.get().summaryRows() != null) {
            checks.add(LandedChecks.summaryTotal(summarize.get(), source));
            checks.add(summaryRows(workDir, source));
        }
        checks.add(QuarantineCheck.check(ingest, expectations.maxQuarantined()));
        checks.addAll(ExpectationChecks.check(expectations, landedRows(summarize, ingest), summarize.orElse(null)));
        checks.addAll(ViewChecks.check(JobFigures.views(workDir, summarize).orElse(null), declared));
        return new VerifyResult(checks);
    }

    /** The independent figures, or null (with a failed check saying why) when there is nothing to read. */
    private static ExpectedFigures readSource(PublishedSource published, VerifyExpectations expectations,
                                              List<Check> checks) {
        String expected = "records published from a readable dataset";
        if (published.isEmpty()) {
            checks.add(Check.fail(CheckNames.PUBLISHED_SOURCE, expected,
                    "no successful publish in the journal: nothing to compare with"));
            return null;
        }
        try {
            ExpectedFigures figures = published.figures(expectations.minAssessments());
            // the producer's acknowledged count must match what the slices hold, or the file changed since
            boolean same = figures.records() == published.publishedRecords();
            checks.add(new Check(CheckNames.PUBLISHED_SOURCE, published.publishedRecords() + " records published",
                    figures.records() + " records in " + published.describe(), same));
            return figures;
        } catch (DatasetException | UncheckedIOException e) {
            checks.add(Check.fail(CheckNames.PUBLISHED_SOURCE, expected, "cannot read the source: " + e.getMessage()));
            return null;
        }
    }

    private static Check summaryRows(Path workDir, ExpectedFigures source) {
        Path file = SummaryCsv.file(workDir);
        if (!Files.isRegularFile(file)) {
            return Check.fail(CheckNames.SUMMARY_ROWS, source.summaryCounts().size() + " rows",
                    SummaryCsv.FILE_NAME + " is missing");
        }
        try {
            Map<SummaryKey, Long> landed = SummaryCsv.counts(CsvTable.read(file));
            return LandedChecks.summaryRows(landed, source);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Check.fail(CheckNames.SUMMARY_ROWS, source.summaryCounts().size() + " rows", e.getMessage());
        }
    }

    private static Long landedRows(Optional<SummarizeResult> summarize, IngestHistory ingest) {
        return summarize.map(SummarizeResult::rawRows).orElseGet(ingest::lastCommittedRows);
    }
}
