package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.PublishFigures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What went into the topic, according to the journal's successful publish entries, and the figures an
 * independent Jackson read of those same slices gives.
 *
 * <p>Each dataset is read once per chain of contiguous slices ({@link RangeMerger}); overlapping slices are read
 * separately so records published twice count twice, as they are twice in the topic. In the worst case that is
 * one pass over the file per publish entry (O(entries x file)), which is fine for files of the seed's size.
 */
public final class PublishedSource {
    private final List<PublishedRange> ranges;

    private PublishedSource(List<PublishedRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static PublishedSource fromJournal(List<JournalEntry> entries) {
        List<PublishedRange> ranges = new ArrayList<>();
        for (JournalEntry entry : entries) {
            // raw lines (format=lines) are messages sent as they are, not records of a source dataset: they are
            // what the ingest's quarantine is for, and the quarantine check judges them
            entry.figures(PublishFigures.class).filter(f -> !PublishFigures.LINES.equals(f.format()))
                    .ifPresent(f -> ranges.add(new PublishedRange(entry.execution(), Path.of(f.dataset()), f.slice(),
                            f.records())));
        }
        return new PublishedSource(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public List<PublishedRange> ranges() {
        return ranges;
    }

    /** Records the producer acknowledged, summed over all publishes (duplicates included). */
    public long publishedRecords() {
        return ranges.stream().mapToLong(PublishedRange::records).sum();
    }

    /** The merged slices to read, per dataset file, in the order datasets were first published. */
    public Map<Path, List<Slice>> mergedSlices() {
        Map<Path, List<Slice>> byDataset = ranges.stream().collect(Collectors.groupingBy(PublishedRange::dataset,
                LinkedHashMap::new, Collectors.mapping(PublishedRange::slice, Collectors.toList())));
        Map<Path, List<Slice>> merged = new LinkedHashMap<>();
        byDataset.forEach((dataset, slices) -> merged.put(dataset, RangeMerger.mergeContiguous(slices)));
        return merged;
    }

    /** Reads the published slices of the dataset files; throws DatasetException when a file is missing or bad. */
    public ExpectedFigures figures(int minAssessments) {
        List<SourceFigures> parts = new ArrayList<>();
        // the threshold does not matter per part: top exams are recomputed from the summed counts
        mergedSlices().forEach((dataset, slices) ->
                slices.forEach(slice -> parts.add(SourceFigures.read(dataset, slice, 0))));
        return ExpectedFigures.combine(parts, minAssessments);
    }

    /** e.g. "assessments.json [0:3280)", for messages. */
    public String describe() {
        return mergedSlices().entrySet().stream()
                .map(e -> e.getKey().getFileName() + " " + e.getValue().stream().map(Slice::toString)
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }
}
