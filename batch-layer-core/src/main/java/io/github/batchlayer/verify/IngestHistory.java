package io.github.batchlayer.verify;

import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.pipeline.JournalEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The successful ingest runs, from the journal; when the journal has none (a run outside the pipeline goals),
 * the last run's {@code results/ingest.json} stands in so the quarantine is still judged. A result that holds
 * the last run's error counts no batch: that run committed nothing.
 */
public final class IngestHistory {
    private final List<IngestBatch> batches;

    private IngestHistory(List<IngestBatch> batches) {
        this.batches = List.copyOf(batches);
    }

    public static IngestHistory read(Path workDir, List<JournalEntry> entries) {
        List<IngestBatch> batches = new ArrayList<>();
        for (JournalEntry e : entries) {
            e.figures(IngestResult.class).ifPresent(r -> batches.add(new IngestBatch(e.execution(), r)));
        }
        if (batches.isEmpty()) {
            ResultFiles.read(workDir, IngestArgs.COMMAND).flatMap(JobOutcome::success).ifPresent(r ->
                    batches.add(new IngestBatch(ResultFiles.relative(IngestArgs.COMMAND), r)));
        }
        return new IngestHistory(batches);
    }

    public List<IngestBatch> batches() {
        return batches;
    }

    public long totalQuarantined() {
        return batches.stream().mapToLong(b -> b.result().quarantined()).sum();
    }

    /** committedRows of the last run: every row landed so far, or null when no ingest ran. */
    public Long lastCommittedRows() {
        return batches.isEmpty() ? null : batches.get(batches.size() - 1).result().committedRows();
    }

    /** The quarantine reasons of the runs that quarantined something, e.g. "batch 1: {...}". */
    public List<String> quarantineReasons() {
        return batches.stream().filter(b -> b.result().quarantined() > 0)
                .map(b -> "batch " + (b.result().batchId() == null ? b.execution() : b.result().batchId()) + ": "
                        + (b.result().quarantineReasons().isEmpty() ? "no reason recorded"
                        : b.result().quarantineReasonsText()))
                .toList();
    }
}
