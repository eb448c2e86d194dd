package io.github.batchlayer.kafka;

import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as the user wants it. The seed's values are the defaults: {@code video-books-assessments}, one
 * partition, replication factor 1, {@code max.message.bytes=5242880}.
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public static final String SEED_TOPIC = "video-books-assessments";
    public static final String SEED_MAX_MESSAGE_BYTES = "5242880";

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name is empty");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be at least 1, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("topic " + name + ": replication factor must be at least 1, got "
                    + replicationFactor);
        }
        configs = Map.copyOf(configs == null ? Map.of() : configs);
    }

    /** The configs in name order, for stable log lines. */
    public Map<String, String> sortedConfigs() {
        return new TreeMap<>(configs);
    }
}
