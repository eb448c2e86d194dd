package io.github.batchlayer.dataset;

import java.nio.charset.StandardCharsets;

/**
 * One record of a source file: its 0-based index, the byte offset where it starts, the optional key (a top-level
 * string field chosen by the caller, e.g. keen_id for Kafka message keys) and the record re-serialised compactly,
 * which is exactly what {@code jq -c} would publish as the message value.
 */
public record SourceRecord(long index, long byteOffset, String key, byte[] json) {

    /** The compact JSON as text (UTF-8); for logs and tests, the bytes are what gets published. */
    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
