package io.github.batchlayer.kafka;

import java.util.Map;

/** What a publish did: records and bytes sent, how long it took, and the topic's end offsets afterwards. */
public record PublishResult(long records, long bytes, double seconds, Map<Integer, Long> endOffsets) {

    public double recordsPerSecond() {
        return seconds > 0 ? records / seconds : 0;
    }

    public double megabytesPerSecond() {
        return seconds > 0 ? bytes / seconds / 1_000_000.0 : 0;
    }

    public String summaryLine(String topic) {
        return String.format("published %,d records (%,d bytes) to %s in %.1f s: %,.0f records/s, %.1f MB/s; "
                + "end offsets %s", records, bytes, topic, seconds, recordsPerSecond(), megabytesPerSecond(),
                endOffsets);
    }
}
