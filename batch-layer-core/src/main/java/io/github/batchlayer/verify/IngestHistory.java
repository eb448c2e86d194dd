package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.pipeline.JournalEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The successful ingest runs, from the journal; when the journal has none (a run outside the pipeline goals),
 * the last run's {@code results/ingest.json} stands in so the quarantine is still judged.
 */
public final class IngestHistory {
    public static final String RESULT_PATH = "results/ingest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<IngestBatch> batches;

    private IngestHistory(List<IngestBatch> batches) {
        this.batches = List.copyOf(batches);
    }

    public static IngestHistory read(Path workDir, List<JournalEntry> entries) {
        List<IngestBatch> batches = new ArrayList<>();
        for (JournalEntry e : entries) {
            if ("ingest".equals(e.goal()) && e.status() == JournalEntry.Status.OK) {
                batches.add(new IngestBatch(e.execution(), Figures.longOf(e, "batchId"), Figures.textOf(e, "offsets"),
                        Figures.longOf(e, "rowsLanded", 0), Figures.longOf(e, "quarantined", 0),
                        Figures.textOf(e, "quarantineReasons"), Figures.longOf(e, "committedRows"), e.seconds()));
            }
        }
        if (batches.isEmpty()) {
            fromResultFile(workDir.resolve(RESULT_PATH)).ifPresent(batches::add);
        }
        return new IngestHistory(batches);
    }

    private static Optional<IngestBatch> fromResultFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode r = JSON.readTree(file.toFile());
            if (r.has("error")) {
                return Optional.empty(); // the last run failed: it committed nothing to count
            }
            JsonNode reasons = r.get("quarantineReasons");
            return Optional.of(new IngestBatch("results/ingest.json",
                    r.has("batchId") ? r.path("batchId").asLong() : null, r.path("offsets").toString(),
                    r.path("rowsLanded").asLong(), r.path("quarantined").asLong(),
                    reasons == null ? null : reasons.toString(),
                    r.has("committedRows") ? r.path("committedRows").asLong() : null, r.path("seconds").asDouble()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<IngestBatch> batches() {
        return batches;
    }

    public long totalQuarantined() {
        return batches.stream().mapToLong(IngestBatch::quarantined).sum();
    }

    /** committedRows of the last run that reported it: every row landed so far, or null. */
    public Long lastCommittedRows() {
        for (int i = batches.size() - 1; i >= 0; i--) {
            if (batches.get(i).committed() != null) {
                return batches.get(i).committed();
            }
        }
        return null;
    }

    /** The quarantine reasons of the runs that quarantined something, e.g. "batch 1: {...}". */
    public List<String> quarantineReasons() {
        return batches.stream().filter(b -> b.quarantined() > 0)
                .map(b -> "batch " + (b.batchId() == null ? b.execution() : b.batchId()) + ": "
                        + (b.reasons() == null ? "no reason recorded" : b.reasons()))
                .toList();
    }
}
