package io.github.batchlayer.verify.expect;

import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.PublishFigures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One successful publish: a slice of a file sent as messages, in a publish format ({@code json} records or raw
 * {@code lines}, which may include messages that are not JSON at all). Unlike the exam figures, the
 * reconciliation counts every message, whatever it holds.
 *
 * @param records messages the producer acknowledged
 */
public record PublishedFile(String execution, Path dataset, String format, Slice slice, long records) {

    /** The successful publishes of the journal, in order. */
    public static List<PublishedFile> fromJournal(List<JournalEntry> entries) {
        List<PublishedFile> files = new ArrayList<>();
        for (JournalEntry entry : entries) {
            entry.figures(PublishFigures.class).ifPresent(f -> files.add(new PublishedFile(entry.execution(),
                    Path.of(f.dataset()), f.format(), f.slice(), f.records())));
        }
        return files;
    }
}
