package io.github.batchlayer.job.spark;

import java.util.Collection;
import java.util.Map;

/** Asks the broker where partitions begin and end; an interface so offset planning is testable without Kafka. */
public interface KafkaOffsetLookup {
    /** The topic's partitions with their end offsets (last stable offset under read_committed). */
    Map<Integer, Long> endOffsets(String topic);

    Map<Integer, Long> beginningOffsets(String topic, Collection<Integer> partitions);

    /** The topic's id and its cluster's id, recorded in manifests to recognise a recreated topic. */
    default TopicIdentity identity(String topic) {
        return TopicIdentity.UNKNOWN;
    }
}
