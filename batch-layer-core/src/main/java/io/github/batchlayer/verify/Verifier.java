package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.DatasetException;
import io.github.batchlayer.dataset.SummaryKey;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;

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
        List<JournalEntry> entries = new RunJournal(workDir).entries();
        List<Check> checks = new ArrayList<>(JournalChecks.check(entries));

        PublishedSource published = PublishedSource.fromJournal(entries);
        ExpectedFigures source = readSource(published, expectations, checks);
        SummarizeResultFile summarizeFile = SummarizeResultFile.read(workDir);
        Optional<SummarizeResult> summarize = summarizeFile.result();
        checks.add(summarize.isPresent()
                ? Check.pass(CheckNames.SUMMARIZE_RESULT, "present", SummarizeResultFile.RELATIVE_PATH)
                : Check.fail(CheckNames.SUMMARIZE_RESULT, "present", summarizeFile.problem()));
        IngestHistory ingest = IngestHistory.read(workDir, entries);

        if (!published.isEmpty()) {
            checks.add(LandedChecks.rawRows(summarize.orElse(null), ingest, published.publishedRecords()));
        }
        if (source != null && summarize.isPresent()) {
            checks.addAll(LandedChecks.exams(summarize.get(), source));
            checks.add(LandedChecks.summaryTotal(summarize.get(), source));
            checks.add(summaryRows(workDir, source));
        }
        checks.add(QuarantineCheck.check(ingest, expectations.maxQuarantined()));
        checks.addAll(ExpectationChecks.check(expectations, landedRows(summarize, ingest), summarize.orElse(null)));
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
