package io.github.batchlayer.kafka;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the broker says of a topic, in the shape of {@code kafka-topics --describe}: partition count,
 * replication factor, the configs that differ from the broker's defaults, and each partition's leader.
 * (Named apart from Kafka's own {@code TopicDescription}, from which {@link Topics} builds it.)
 */
public record TopicLayout(String name, int partitions, int replicationFactor, Map<String, String> configs,
                          List<Integer> leaders) {

    public String describeLine() {
        StringBuilder line = new StringBuilder("Topic: ").append(name)
                .append("\tPartitionCount: ").append(partitions)
                .append("\tReplicationFactor: ").append(replicationFactor)
                .append("\tConfigs: ");
        line.append(String.join(",", new TreeMap<>(configs).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        for (int p = 0; p < leaders.size(); p++) {
            line.append("\n\tTopic: ").append(name).append("\tPartition: ").append(p)
                    .append("\tLeader: ").append(leaders.get(p));
        }
        return line.toString();
    }
}
