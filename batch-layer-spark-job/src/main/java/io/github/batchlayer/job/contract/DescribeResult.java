package io.github.batchlayer.job.contract;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code describe} found landed ({@code results/describe.json}): the figures and the printable report.
 *
 * @param schemaTree    the raw table's schema as Spark's {@code printSchema()} prints it
 * @param committedRows rows of all committed batches
 * @param report        everything above as the plugin prints it
 */
public record DescribeResult(String schemaTree, List<Batch> batches, long committedRows, Quarantine quarantine,
                             List<View> views, String report, double seconds) {
    public DescribeResult {
        batches = batches == null ? List.of() : List.copyOf(batches);
        views = views == null ? List.of() : List.copyOf(views);
    }

    /** One committed batch, from its manifest, with the files of its raw and quarantine directories. */
    public record Batch(long batchId, String topic, SortedMap<Integer, OffsetSpan> offsets, long rows,
                        long quarantined, String committedAt, List<BatchFile> files) {
        public Batch {
            offsets = offsets == null ? new TreeMap<>() : new TreeMap<>(offsets);
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    public record BatchFile(String path, long size) {
    }

    /** @param reasons quarantined messages per reason ("" for a missing one) */
    public record Quarantine(long rows, SortedMap<String, Long> reasons) {
        public Quarantine {
            reasons = reasons == null ? new TreeMap<>() : new TreeMap<>(reasons);
        }
    }

    /** @param landedAt ISO-8601 instant of its {@code _SUCCESS} marker, else of its newest file */
    public record View(String name, String path, long rows, String landedAt) {
    }
}
