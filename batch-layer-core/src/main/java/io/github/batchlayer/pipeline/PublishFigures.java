package io.github.batchlayer.pipeline;

import io.github.batchlayer.dataset.Slice;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one publish sent, as the journal keeps it for {@code verify} (which reads the same slice of the same
 * file independently) and for the report.
 *
 * @param records    records the producer acknowledged
 * @param from       first record of the slice
 * @param to         record the slice stopped before; -1 for "to the end"
 * @param dataset    the source file, absolute
 * @param format     {@code json} (records of a dataset) or {@code lines} (raw messages, no source records)
 * @param endOffsets the topic's end offsets after the publish, per partition
 */
public record PublishFigures(long records, long bytes, long from, long to, String dataset, String topic,
                             String format, double recordsPerSecond, Map<Integer, Long> endOffsets) {
    /** The format whose messages are not records of a source dataset. */
    public static final String LINES = "lines";

    public PublishFigures {
        endOffsets = endOffsets == null ? Map.of() : new TreeMap<>(endOffsets);
    }

    /** The slice published, with {@code to = -1} read back as open-ended. */
    public Slice slice() {
        return new Slice(from, to < 0 ? Slice.OPEN : to);
    }

    /** {@code to} as the journal writes it: -1 for an open-ended slice. */
    public static long journalTo(Slice slice) {
        return slice.isOpenEnded() ? -1 : slice.to();
    }
}
