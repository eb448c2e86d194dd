package io.github.batchlayer.verify.expect;

import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.verify.Figures;

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
            String dataset = Figures.textOf(entry, "dataset");
            if (!"publish".equals(entry.goal()) || entry.status() != JournalEntry.Status.OK || dataset == null) {
                continue;
            }
            String format = Figures.textOf(entry, "format");
            long to = Figures.longOf(entry, "to", -1);
            files.add(new PublishedFile(entry.execution(), Path.of(dataset), format == null ? "json" : format,
                    new Slice(Figures.longOf(entry, "from", 0), to < 0 ? Slice.OPEN : to),
                    Figures.longOf(entry, "records", 0)));
        }
        return files;
    }
}
